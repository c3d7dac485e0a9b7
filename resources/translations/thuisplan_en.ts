<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name />
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="61" />
      <source>Behoefte {0}, aanbod {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="62" />
      <source>Tekort {0}, overschot {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="66" />
      <source>* {0} vak(ken) onbekend: woonbehoefte of aanbod ontbreekt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionLineTab</name>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="35" />
      <source>Ambitie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="36" />
      <source>Wat wil de regio op deze actielijn bereiken?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="42" />
      <source>Maatregel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="47" />
      <source>Trekker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="51" />
      <source>Jaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="57" />
      <source>Maatregelen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="61" />
      <source>Maatregel &amp;toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="63" />
      <source>Maatregel &amp;verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="68" />
      <source>&amp;Ambitie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="72" />
      <source>Maatregelen:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgreementsPage</name>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="109" />
      <location filename="../../app/views/pages/agreements_page.py" line="124" />
      <source>Prestatieafspraken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="113" />
      <source>Wie doet wat, gemeten met welke indicator, met welk doel per jaar? Vul later de realisatie en de status in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="129" />
      <source>Afspraak &amp;toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="131" />
      <source>&amp;Partijen kiezen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="133" />
      <source>Afspraak &amp;verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="147" />
      <source>Jaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="149" />
      <source>Doel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="156" />
      <source>Gerealiseerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="163" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="175" />
      <source>Doelen en realisatie per jaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="205" />
      <source>Afspraak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="207" />
      <source>Partijen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="212" />
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="215" />
      <location filename="../../app/views/pages/agreements_page.py" line="218" />
      <source>Regionaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="223" />
      <source>Aandachtsgroep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="228" />
      <source>Indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="229" />
      <source>Eenheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="231" />
      <source>Nulmeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="236" />
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="238" />
      <source>Trekker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="273" />
      <source>Kies een afspraak om de doelen per jaar te zien.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="276" />
      <source>Doelen en realisatie: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="283" />
      <source>Afspraak toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="284" />
      <source>Nieuwe afspraak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="296" />
      <source>Afspraak wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="317" />
      <source>Afspraak verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="336" />
      <source>Doel of realisatie wijzigen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AllocationHelper</name>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="44" />
      <source>Toewijzingshulp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="65" />
      <source>Per gemeente: het aantal sociale huurwoningen dat per jaar vrijkomt, en welk percentage daarvan naar '{0}' gaat. Thuisplan vult daarmee de rij 'Toewijzing uit vrijkomende voorraad' (zelfstandig regulier). Maak het percentage leeg om de berekening uit te zetten; de getallen blijven dan staan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="87" />
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="89" />
      <source>% voor deze groep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="104" />
      <source>Vrijkomende sociale huurwoningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="117" />
      <source>Toewijzingspercentage wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="138" />
      <source>Vrijkomende woningen wijzigen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CapacityPage</name>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="263" />
      <source>Aanbod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="267" />
      <source>Hoeveel woningen komen er per jaar voor de groep beschikbaar, per soort aanbod? Grijze rijen worden berekend met de toewijzingshulp.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="18" />
      <source>Documenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="21" />
      <source>De documenten die naar de partners en de gemeenteraad gaan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="34" />
      <source>Woonzorgvisie (concept), Word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="36" />
      <source>Inleiding en kader, de regio in cijfers, analyse per aandachtsgroep, opgave en evenwichtige verdeling, ambities en maatregelen, prestatieafspraken, monitoring en bijlagen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="42" />
      <source>Cijferbijlage, Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="44" />
      <source>Woonbehoefte, aanbod, opgave (met formules), verdeling, sociale huur, prestatieafspraken en bronnen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="49" />
      <source>Prestatieafspraken per partner, Word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="51" />
      <source>Per partner de afspraken, de cijfers waarop ze rusten en ruimte voor handtekeningen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="56" />
      <source>Uitvraagwerkboek, Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="58" />
      <source>Om woonbehoefte en aanbod op te halen bij gemeenten en partners, en daarna in te lezen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FigureGridModel</name>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="107" />
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="107" />
      <source>Woonvorm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="109" />
      <source>Soort aanbod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="113" />
      <location filename="../../app/views/models/grid_model.py" line="187" />
      <source>Totaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="115" />
      <source>Bron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="159" />
      <source>Berekend: vrijkomende woningen × {0} %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="169" />
      <source>Berekend: vul de vrijkomende woningen van {0} in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="170" />
      <source>Berekend: {0} vrijkomende woningen × {1} %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="174" />
      <source>Leeg = onbekend. Vul 0 in als er niets is.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FiguresPage</name>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="42" />
      <source>Aandachtsgroep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="44" />
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="45" />
      <source>Alle &amp;woonvormen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="47" />
      <source>&amp;Aandachtsgroep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="49" />
      <source>&amp;Gemeente:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="57" />
      <source>Soort aanbod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="58" />
      <source>Alle soorten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="62" />
      <source>&amp;Soort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="107" />
      <source>Alle gemeenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="174" />
      <source>{0} wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="198" />
      <source>
… en nog {0} fout(en).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="203" />
      <source>Er is niets gewijzigd; de oude waarden staan er nog.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="230" />
      <source>Bron wijzigen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GapPage</name>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="78" />
      <source>Opgave</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="82" />
      <source>Woonbehoefte min aanbod. Rood (+) is een tekort, blauw (−) een overschot. Een * betekent dat een deel van de invoer ontbreekt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="90" />
      <source>Aandachtsgroep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="91" />
      <source>&amp;Aandachtsgroep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="99" />
      <source>Opgave per gemeente en jaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="114" />
      <source>Alle aandachtsgroepen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="132" />
      <source>Regio totaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="139" />
      <source>Hele planperiode, hele regio: behoefte {0}, aanbod {1}, tekort {2}, overschot {3}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="149" />
      <source>Onvolledig: {0} vak(ken) onbekend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="162" />
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="175" />
      <source>Planperiode</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GridView</name>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="70" />
      <source>Kopiëren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="71" />
      <source>Plakken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="72" />
      <source>Wissen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="73" />
      <location filename="../../app/views/widgets/grid_view.py" line="165" />
      <source>Naar rechts doorvoeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="74" />
      <location filename="../../app/views/widgets/grid_view.py" line="165" />
      <source>Omlaag doorvoeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="111" />
      <source>Cellen wissen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="148" />
      <source>Plakken ({0} cellen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="176" />
      <source>Het blok past niet: het loopt buiten de jaarkolommen of onder de laatste rij. Er is niets gewijzigd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="184" />
      <source>Het blok raakt een berekende toewijzingsrij; pas daar de vrijkomende woningen of het percentage aan. Er is niets gewijzigd.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupsPage</name>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="42" />
      <location filename="../../app/views/pages/groups_page.py" line="72" />
      <source>Aandachtsgroepen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="46" />
      <source>Vink aan voor welke groepen de visie geldt en kies per groep de woonvormen en begeleiding die passen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="55" />
      <source>Aan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="56" />
      <source>Aandachtsgroep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="58" />
      <source>Verplicht urgent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="60" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="63" />
      <source>Herkomst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="65" />
      <source>standaard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="65" />
      <source>eigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="77" />
      <source>Eigen groep &amp;toevoegen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="79" />
      <source>Eigen groep &amp;verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="97" />
      <source>Omschrijving, woonvormen en begeleiding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="100" />
      <source>Omschrijving van de groep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="108" />
      <source>Woonvormen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="115" />
      <source>Begeleidingsniveaus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="149" />
      <source>De omschrijving van een standaardgroep komt uit het programma 'Een thuis voor iedereen'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="172" />
      <source>Woonvormen van {0} wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="182" />
      <source>Omschrijving wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="205" />
      <source>De naam van een standaardgroep ligt vast; voeg een eigen groep toe voor een andere indeling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="210" />
      <source>Groep hernoemen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="214" />
      <source>aanzetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="214" />
      <source>uitzetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="226" />
      <location filename="../../app/views/pages/groups_page.py" line="232" />
      <source>Eigen groep toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="226" />
      <source>Naam van de groep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="246" />
      <source>Groep {0} verwijderen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/views/help_texts.py" line="22" />
      <source>Geef de woonzorgvisie een naam, kies de regio en de planperiode en stel de gemeenten samen. Inwoners, huishoudens en woningen komen uit het CBS (peildatum 1 januari 2024). Het aantal sociale huurwoningen (corporatiebezit) en de geplande nieuwbouw vult u zelf in: u vindt ze in CBS StatLine (Woningvoorraad naar eigendom), op het dashboard 'Een thuis voor iedereen' van Datawonen en bij de woningcorporaties. Een cijfer dat u overschrijft, wordt gemarkeerd als 'ingevuld'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="31" />
      <source>Noteer met wie u prestatieafspraken maakt: gemeenten, woningcorporaties, huurdersorganisaties, zorgaanbieders, het zorgkantoor, welzijnsorganisaties en particuliere verhuurders. Een partner zonder gemeente werkt regionaal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="37" />
      <source>Kies voor welke aandachtsgroepen de visie geldt. Zet een groep uit als ze in uw regio niet speelt (haar cijfers blijven bewaard), voeg eigen groepen toe en kies per groep de woonvormen en begeleidingsniveaus die passen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="43" />
      <source>Vul per aandachtsgroep in hoeveel woningen per jaar nodig zijn, per gemeente en woonvorm. U kunt typen, een blok uit Excel plakken (Ctrl+V), kopiëren (Ctrl+C), wissen (Delete) en naar rechts of omlaag doorvoeren (Ctrl+R, Ctrl+D). Een leeg vak betekent 'onbekend', niet 0: vul 0 in als er geen behoefte is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="50" />
      <source>Vul het aanbod per jaar in, per woonvorm en soort aanbod. Met de toewijzingshulp rekent Thuisplan de toewijzing uit vrijkomende sociale huurwoningen uit: vrijkomende woningen × het percentage voor deze groep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="56" />
      <source>De opgave is woonbehoefte min aanbod: een positief getal is een tekort, een negatief getal een overschot. Tekorten en overschotten worden apart opgeteld.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="61" />
      <source>Beschrijf per actielijn van 'Een thuis voor iedereen' uw ambitie en de maatregelen, met trekker en jaar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="66" />
      <source>Leg de prestatieafspraken vast: wie doet wat, gemeten met welke indicator, met een doel per jaar. Vul later per jaar de realisatie en de status in om de visie te volgen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="72" />
      <source>Maak de documenten die naar de partners en de gemeenteraad gaan: de woonzorgvisie (Word), de cijferbijlage (Excel), de prestatieafspraken per partner en het uitvraagwerkboek om cijfers op te halen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="107" />
      <source>De aandachtsgroepen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="112" />
      <source>(geen omschrijving)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="115" />
      <source>Woonvormen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="119" />
      <source>Begeleidingsniveaus</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Launcher</name>
    <message>
      <location filename="../../app/views/application.py" line="83" />
      <source>Woonzorgvisie openen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/application.py" line="85" />
      <source>Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/application.py" line="113" />
      <source>De nieuwe taal gaat in als u Thuisplan opnieuw start.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/views/main_window.py" line="82" />
      <source>Stappen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="97" />
      <source>« &amp;Vorige</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="98" />
      <source>&amp;Volgende »</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="114" />
      <source>Uitleg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="127" />
      <source>&amp;Bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="130" />
      <source>&amp;Nieuwe woonzorgvisie…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="135" />
      <source>&amp;Openen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="137" />
      <source>&amp;Voorbeeld openen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="139" />
      <source>Opslaan &amp;als…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="142" />
      <source>&amp;Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="144" />
      <source>Be&amp;werken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="145" />
      <source>&amp;Ongedaan maken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="147" />
      <source>O&amp;pnieuw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="153" />
      <source>&amp;Stappen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="155" />
      <source>&amp;Vorige stap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="158" />
      <source>V&amp;olgende stap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="169" />
      <source>Bee&amp;ld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="171" />
      <source>&amp;Uitleg tonen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="177" />
      <source>&amp;Presentatiemodus (grote letters)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="183" />
      <source>&amp;Volledig scherm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="185" />
      <source>&amp;Taal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="191" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="192" />
      <source>&amp;Sneltoetsen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="193" />
      <source>&amp;Over Thuisplan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="253" />
      <source> [alleen-lezen]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="259" />
      <source>Woonzorgvisie openen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="261" />
      <source>Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="270" />
      <source>Opslaan als</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="272" />
      <source>Thuisplan-bestanden (*.thuisplan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="315" />
      <source>Sneltoetsen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="320" />
      <source>Over Thuisplan</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="105" />
      <source>Ambities en maatregelen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="109" />
      <source>Beschrijf per actielijn de ambitie van de regio en de maatregelen, met trekker en jaar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="121" />
      <source>Actielijn &amp;{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="139" />
      <source>Ambitie wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="149" />
      <source>Maatregel toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="150" />
      <source>Nieuwe maatregel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="160" />
      <source>Maatregel wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="178" />
      <source>Maatregel verwijderen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="../../app/views/widgets/message_bar.py" line="14" />
      <source>Melding</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MunicipalityPicker</name>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="42" />
      <source>Naam of code, bv. Delft of 0503</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="44" />
      <source>Gemeente zoeken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="46" />
      <source>Provincie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="47" />
      <source>Alle provincies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="51" />
      <source>COROP-gebied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="52" />
      <source>Alle COROP-gebieden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="63" />
      <source>Gevonden gemeenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="65" />
      <source>&amp;Toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="69" />
      <source>&amp;Zoeken:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="107" />
      <source>{0} gemeenten</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NeedPage</name>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="246" />
      <source>Woonbehoefte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="250" />
      <source>Hoeveel woningen heeft de groep per jaar nodig? Een leeg vak is onbekend; vul 0 in als er geen behoefte is.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewVisionDialog</name>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="39" />
      <source>Nieuwe woonzorgvisie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="50" />
      <source>Bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="51" />
      <source>&amp;Bladeren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="56" />
      <source>&amp;Naam:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="57" />
      <source>&amp;Regio:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="60" />
      <source>t/m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="63" />
      <source>&amp;Planperiode:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="64" />
      <source>&amp;Auteur:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="68" />
      <source>Op&amp;slaan in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="73" />
      <source>Gekozen gemeenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="74" />
      <source>&amp;Weghalen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="76" />
      <source>Gemeenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="80" />
      <source>Gekozen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="89" />
      <source>&amp;Maken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="128" />
      <source>Woonzorgvisie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="134" />
      <source>Opslaan in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="136" />
      <source>Thuisplan-bestanden (*.thuisplan)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartiesDialog</name>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="76" />
      <source>Partijen bij de afspraak</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartnersPage</name>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="32" />
      <location filename="../../app/views/pages/partners_page.py" line="82" />
      <source>Partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="35" />
      <source>Met wie maakt u afspraken? Een partner zonder gemeente werkt regionaal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="41" />
      <source>Naam van de partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="42" />
      <source>Naam van de nieuwe partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="44" />
      <source>Soort partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="48" />
      <source>Gemeente van de partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="49" />
      <source>Partner &amp;toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="61" />
      <source>Naam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="63" />
      <source>Soort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="70" />
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="87" />
      <source>Partner &amp;verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="95" />
      <location filename="../../app/views/pages/partners_page.py" line="99" />
      <source>Regionaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="107" />
      <source>Partner toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="131" />
      <source>Partner hernoemen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="134" />
      <source>Soort partner wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="138" />
      <source>Gemeente van partner wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="147" />
      <source>Partner {0} verwijderen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RegionPage</name>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="44" />
      <source>Regio en planperiode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="48" />
      <source>Geef de visie een naam, kies de planperiode en stel de gemeenten samen. Vul per gemeente het aantal sociale huurwoningen en de geplande nieuwbouw in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="59" />
      <source>Gemeenten kiezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="68" />
      <source>Woonzorgvisie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="81" />
      <source>t/m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="85" />
      <source>&amp;Naam:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="86" />
      <source>&amp;Regio:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="87" />
      <source>&amp;Planperiode:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="90" />
      <source>&amp;Auteur:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="91" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="112" />
      <source>Gegevens van de visie wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="126" />
      <source>Status wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="159" />
      <source>Planperiode wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="163" />
      <source>Cijfers buiten de nieuwe periode vervallen. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="171" />
      <source>Gemeenten in deze visie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="175" />
      <source>Gemeenten en basiscijfers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="180" />
      <source>Gemeente &amp;verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="182" />
      <source>&amp;Buurgemeenten toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="184" />
      <source>&amp;CBS-cijfer terugzetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="188" />
      <source>Sociale huurwoningen (corporatiebezit) en geplande nieuwbouw staan niet in de meegeleverde CBS-cijfers. U vindt ze in CBS StatLine (woningvoorraad naar eigendom), op het Datawonen-dashboard 'Een thuis voor iedereen' en bij de woningcorporaties. Schuin gedrukt = door u ingevuld; wijs een cijfer aan voor de bron en peildatum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="214" />
      <source>Gemeenten toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="236" />
      <source>Gemeente {0} verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="253" />
      <source>Cijfer terugzetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="269" />
      <source>{0} wijzigen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RowTableModel</name>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="30" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="34" />
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="38" />
      <source>Provincie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="90" />
      <source>Sociale huur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="91" />
      <source>Nieuwbouw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="92" />
      <source>w.v. sociaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="93" />
      <source>w.v. midden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="106" />
      <source>Onbekend: vul dit cijfer in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="107" />
      <source>ingevuld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="107" />
      <source>bron</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <location filename="../../app/views/start_window.py" line="41" />
      <source>&lt;h1&gt;Thuisplan&lt;/h1&gt;&lt;p&gt;Een regionale woonzorgvisie voor aandachtsgroepen: woonbehoefte, aanbod, opgave en prestatieafspraken.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="47" />
      <source>&amp;Nieuwe woonzorgvisie…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="48" />
      <source>&amp;Openen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="49" />
      <source>&amp;Voorbeeld openen (Haaglanden, fictief)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="56" />
      <source>Recente bestanden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="62" />
      <source>&amp;Recente bestanden:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="81" />
      <source>{0} (niet gevonden)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>page</name>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="35" />
      <source>Toewijzingshulp: vrijkomende sociale huurwoningen × percentage</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>self._session</name>
    <message>
      <location filename="../../app/views/session.py" line="59" />
      <source>Ongedaan maken lukte niet: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>session</name>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="328" />
      <source>Planperiode wijzigen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Zelfstandig regulier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zelfstandig geclusterd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Onzelfstandig (kamer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beschermd / 24-uurs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Flexwoning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standplaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Short stay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Studentenwoning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ambulant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intensief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>24-uurs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toewijzing uit vrijkomende voorraad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwbouw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Flexwoningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transformatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woningcorporatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huurdersorganisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zorgaanbieder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zorgkantoor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welzijnsorganisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Particuliere verhuurder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Provincie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Op schema</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Achter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gerealiseerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Concept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In bespreking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vastgesteld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inwoners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huishoudens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sociale huurwoningen (corporatiebezit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geplande nieuwbouw in de planperiode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waarvan sociale huur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waarvan middensegment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woningvoorraad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sociale huurvoorraad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gewogen mix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voldoende betaalbare en passende woningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evenwichtige verdeling over alle gemeenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Combineren van wonen, zorg, welzijn en werk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preventie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dak- en thuisloze mensen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mensen zonder eigen woonruimte: wie op straat of in de nachtopvang slaapt, wie in de maatschappelijke opvang verblijft en wie tijdelijk bij anderen onderdak heeft (bankslapers). Dakloze mensen met een beschikking voor een opvangvoorziening horen bij de verplicht urgenten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uitstromers uit intramurale (zorg)instellingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mensen die uitstromen uit beschermd wonen, de maatschappelijke opvang, een klinische GGZ-instelling of de jeugdhulp met verblijf (jongeren die 18 worden) en een eigen woning nodig hebben, vaak met begeleiding.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uitstromers uit detentie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mensen die na detentie terugkeren in de samenleving en woonruimte nodig hebben. Wie langer dan drie maanden gedetineerd was, hoort bij de verplicht urgenten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statushouders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vergunninghouders: mensen met een verblijfsvergunning die de gemeente volgens de halfjaarlijkse taakstelling huisvest, waaronder grote gezinnen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mensen met sociale of medische urgentie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woningzoekenden met een urgentieverklaring op sociale of medische gronden, onder wie mantelzorgverleners en -ontvangers en ernstig chronisch zieke mensen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arbeidsmigranten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Werknemers uit het buitenland die hier tijdelijk of voor langere tijd werken en fatsoenlijke, betaalbare huisvesting nodig hebben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(Uitwonende) studenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Studenten in het middelbaar beroeps- en hoger onderwijs die uit huis gaan en een betaalbare studentenwoning of kamer zoeken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woonwagenbewoners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huishoudens die in een woonwagen wonen of willen wonen en daarvoor een standplaats nodig hebben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouderen die (langer) zelfstandig willen wonen in een geschikte woning, met of zonder zorg, en ouderen die een geclusterde of beschermde woonvorm nodig hebben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ontheemden uit Oekraïne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mensen die de oorlog in Oekraïne zijn ontvlucht en door de gemeente worden opgevangen en gehuisvest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een gewone zelfstandige woning (eigen voordeur, keuken en sanitair) in een gewone wijk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zelfstandige woningen bij elkaar in één complex, vaak met een gemeenschappelijke ruimte of begeleiding dichtbij.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een kamer met gedeelde keuken en/of sanitair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een woonvorm met zorg of toezicht die dag en nacht beschikbaar is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een tijdelijke, verplaatsbare woning die snel te plaatsen is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een plek voor een woonwagen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tijdelijke huisvesting voor een kort verblijf, bijvoorbeeld voor arbeidsmigranten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een kamer of studio voor studenten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen begeleiding nodig.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Begeleiding aan huis, enkele uren per week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dagelijkse begeleiding, op afroep bereikbaar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zorg of toezicht dag en nacht.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woonzorgvisie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De visie van gemeenten op wonen met zorg en ondersteuning voor alle aandachtsgroepen en ouderen, regionaal afgestemd. De basis voor prestatieafspraken met woningcorporaties, zorgaanbieders en andere partners.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woonbehoefte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hoeveel woningen (of woonplekken) een aandachtsgroep per jaar nodig heeft, per gemeente en woonvorm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aanbod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hoeveel woningen er per jaar voor de groep beschikbaar komen: toewijzing uit vrijkomende sociale huurwoningen, nieuwbouw, flexwoningen, transformatie of anders.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opgave</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woonbehoefte min aanbod. Positief is een tekort, negatief een overschot. Tekorten en overschotten worden apart opgeteld: een overschot in de ene gemeente verbergt geen tekort in de andere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Van de sociale huurwoningen die per jaar vrijkomen, gaat een deel (bijvoorbeeld 25 %) naar een aandachtsgroep. Thuisplan rekent dat uit als vrijkomende woningen × percentage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evenwichtige verdeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemeenten in een regio delen de huisvesting van urgente woningzoekenden naar draagkracht, zodat centrumgemeenten niet overbelast raken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verdeelsleutel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waarnaar het evenredig aandeel van een gemeente wordt berekend: inwoners (standaard, zoals bij de taakstelling statushouders), huishoudens, woningvoorraad, sociale huurvoorraad of een gewogen mix daarvan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evenredig aandeel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De regionale woonbehoefte van een groep × het aandeel van de gemeente volgens de verdeelsleutel. Het verschil met wat de gemeente zelf aanbiedt laat zien wie meer of minder dan zijn deel draagt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>30 %-norm sociale huur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het streven naar 30 % sociale huurwoningen in de woningvoorraad. Gemeenten onder het landelijk gemiddelde moeten ten minste 30 % sociale huur bouwen; gemeenten ruim boven het streven kunnen zich richten op middeninkomens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Twee derde betaalbaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Van de nieuwbouw tot en met 2030 is twee derde betaalbaar: sociale huur of betaalbaar voor middeninkomens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verplicht urgenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Groepen die in elke urgentieregeling voorrang krijgen, ongeacht de schaarste: mantelzorgverleners en -ontvangers, ernstig chronisch zieken, dakloze mensen met een beschikking voor een opvangvoorziening, uitstromers uit instellingen en uit detentie (langer dan drie maanden) en uitstappende sekswerkers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prestatieafspraak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een afspraak tussen gemeente, woningcorporatie, huurders en andere partners over wat ieder per jaar doet, met een indicator, een doel per jaar en de realisatie om te volgen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actielijnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De vier lijnen van het programma 'Een thuis voor iedereen': 1 voldoende betaalbare en passende woningen; 2 evenwichtige verdeling over alle gemeenten; 3 combineren van wonen, zorg, welzijn en werk; 4 preventie.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>