<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>ActionLineTab</name>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="37" />
      <source>Ambitie</source>
      <translation>Ambition</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="38" />
      <source>Wat wil de regio op deze actielijn bereiken?</source>
      <translation>What does the region want to achieve on this line of action?</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="54" />
      <source>Maatregel</source>
      <translation>Measure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="59" />
      <source>Trekker</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="64" />
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="71" />
      <source>Maatregelen</source>
      <translation>Measures</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="43" />
      <source>Maatregel &amp;toevoegen</source>
      <translation>Add &amp;measure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="45" />
      <source>Maatregel &amp;verwijderen</source>
      <translation>&amp;Delete measure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="81" />
      <source>&amp;Ambitie:</source>
      <translation>&amp;Ambition:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="85" />
      <source>Maatregelen:</source>
      <translation>Measures:</translation>
    </message>
  </context>
  <context>
    <name>AgreementLights</name>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="103" />
      <source>Stoplicht per afspraak</source>
      <translation>Traffic light per agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="112" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="114" />
      <location filename="../../app/views/pages/monitor_tabs.py" line="140" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="115" />
      <source>Alle statussen</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="121" />
      <source>Partner:</source>
      <translation>Partner:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="123" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="129" />
      <source>Afspraak</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="130" />
      <source>Partijen</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="131" />
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="132" />
      <source>Doel</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="134" />
      <source>Gerealiseerd</source>
      <translation>Realised</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="141" />
      <location filename="../../app/views/pages/monitor_tabs.py" line="151" />
      <source>Reden</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="146" />
      <source>Status met de hand</source>
      <translation>Status set by hand</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="150" />
      <source>Reden (verplicht)</source>
      <translation>Reason (required)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="152" />
      <source>Status overschri&amp;jven</source>
      <translation>Overr&amp;ide status</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="153" />
      <source>Berekende stat&amp;us volgen</source>
      <translation>Follow computed stat&amp;us</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="169" />
      <source>Alle partners</source>
      <translation>All partners</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="214" />
      <source>{0} (met de hand; berekend: {1})</source>
      <translation>{0} (by hand; computed: {1})</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="221" />
      <source>niet vastgelegd</source>
      <translation>not recorded</translation>
    </message>
  </context>
  <context>
    <name>AgreementsPage</name>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="134" />
      <source>Prestatieafspraken</source>
      <translation>Performance agreements</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="114" />
      <source>Wie doet wat, gemeten met welke indicator, met welk doel per jaar? Vul later de realisatie en de status in.</source>
      <translation>Who does what, measured by which indicator, with what target each year? Fill in the results and status later.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="139" />
      <source>Afspraak &amp;toevoegen</source>
      <translation>&amp;Add agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="141" />
      <source>&amp;Partijen kiezen…</source>
      <translation>&amp;Choose parties…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="143" />
      <source>Afspraak &amp;verwijderen</source>
      <translation>&amp;Delete agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="248" />
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="250" />
      <source>Doel</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="257" />
      <source>Gerealiseerd</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="264" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="162" />
      <source>Doelen en realisatie per jaar</source>
      <translation>Targets and results per year</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="175" />
      <source>Afspraak</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="176" />
      <source>Partijen</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="178" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="230" />
      <location filename="../../app/views/pages/agreements_page.py" line="233" />
      <source>Regionaal</source>
      <translation>Regional</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="184" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="189" />
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="190" />
      <source>Eenheid</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="192" />
      <source>Nulmeting</source>
      <translation>Baseline</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="198" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="200" />
      <source>Trekker</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="307" />
      <source>Kies een afspraak om de doelen per jaar te zien.</source>
      <translation>Select an agreement to see its targets per year.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="310" />
      <source>Doelen en realisatie: {0}</source>
      <translation>Targets and results: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="316" />
      <source>Afspraak toevoegen</source>
      <translation>Add agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="316" />
      <source>Nieuwe afspraak</source>
      <translation>New agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="322" />
      <source>Afspraak wijzigen</source>
      <translation>Edit agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="339" />
      <source>Afspraak verwijderen</source>
      <translation>Delete agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="357" />
      <source>Doel of realisatie wijzigen</source>
      <translation>Change target or result</translation>
    </message>
  </context>
  <context>
    <name>AllocationHelper</name>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="38" />
      <source>Toewijzingshulp: vrijkomende sociale huurwoningen × percentage</source>
      <translation>Allocation helper: social rent vacancies × percentage</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="47" />
      <source>Toewijzingshulp</source>
      <translation>Allocation helper</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="69" />
      <source>Per gemeente: het aantal sociale huurwoningen dat per jaar vrijkomt, en welk percentage daarvan naar '{0}' gaat. Thuisplan vult daarmee de rij 'Toewijzing uit vrijkomende voorraad' ({1}). Maak het percentage leeg om de berekening uit te zetten; de getallen blijven dan staan.</source>
      <translation>Per municipality: the number of social rent homes that become vacant each year, and what percentage of them goes to '{0}'. Thuisplan fills the row 'Allocation from vacant stock' ({1}) with it. Empty the percentage to switch the calculation off; the numbers then stay.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="94" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="96" />
      <source>% voor deze groep</source>
      <translation>% for this group</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="111" />
      <source>Vrijkomende sociale huurwoningen</source>
      <translation>Social rent vacancies</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="128" />
      <source>Toewijzingspercentage wijzigen</source>
      <translation>Change allocation percentage</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/allocation_helper.py" line="142" />
      <source>Vrijkomende woningen wijzigen</source>
      <translation>Change vacancies</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="32" />
      <source>Reservekopie terugzetten</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="52" />
      <source>Woonzorgvisie</source>
      <translation>Housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="54" />
      <source>Gemaakt</source>
      <translation>Made</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="58" />
      <source>Waarom</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="60" />
      <source>Grootte</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="66" />
      <source>Oorspronkelijk bestand</source>
      <translation>Original file</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="75" />
      <source>Reservekopieën</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="85" />
      <source>Thuisplan bewaart bij het openen van een woonzorgvisie een kopie (de laatste vijf per bestand) en een kopie voordat een bestand wordt bijgewerkt naar een nieuwe versie. Een teruggezette kopie wordt een nieuw bestand; het origineel blijft zoals het is.</source>
      <translation>Thuisplan keeps a copy each time a vision is opened (the last five per file) and a copy before a file is upgraded to a new version. A restored copy becomes a new file; the original stays as it is.</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="99" />
      <source>&amp;Terugzetten…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="41" />
      <source>Er zijn nog geen reservekopieën.</source>
      <translation>There are no backups yet.</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="108" />
      <source>Voor het bijwerken</source>
      <translation>Before upgrading</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="109" />
      <source>Bij openen</source>
      <translation>On opening</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="121" />
      <source>Terugzetten als</source>
      <translation>Restore as</translation>
    </message>
    <message>
      <location filename="../../app/views/backups_dialog.py" line="123" />
      <source>Thuisplan-bestanden (*.thuisplan)</source>
      <translation>Thuisplan files (*.thuisplan)</translation>
    </message>
  </context>
  <context>
    <name>CapacityPage</name>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="398" />
      <source>Hoeveel woningen komen er per jaar voor de groep beschikbaar, per woonvorm en soort aanbod? Een leeg vak is onbekend: vul 0 in als er niets komt. Grijze rijen worden berekend met de toewijzingshulp.</source>
      <translation>How many homes become available for the group each year, per housing type and kind of supply? An empty cell is unknown: enter 0 if none will come. Grey rows are calculated by the allocation helper.</translation>
    </message>
  </context>
  <context>
    <name>ChangesTable</name>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="239" />
      <source>Onderwerp</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="240" />
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="241" />
      <source>Was</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="242" />
      <source>Is nu</source>
      <translation>Is now</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="248" />
      <source>Veranderingen sinds de vorige meting</source>
      <translation>Changes since the previous measurement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="256" />
      <source>Er is nog geen meting.</source>
      <translation>There is no measurement yet.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="258" />
      <source>Er is geen eerdere meting om mee te vergelijken.</source>
      <translation>There is no earlier measurement to compare with.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="261" />
      <source>{0} veranderd sinds de {1}.</source>
      <translation>{0} changed since the {1}.</translation>
    </message>
  </context>
  <context>
    <name>ChartPanel</name>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="41" />
      <location filename="../../app/views/widgets/chart_panel.py" line="83" />
      <source>Grafiek</source>
      <translation>Chart</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="45" />
      <source>Verdeelsleutel</source>
      <translation>Distribution key</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="48" />
      <source>&amp;Verdeelsleutel:</source>
      <translation>Distribution &amp;key:</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="50" />
      <source>G&amp;rafiek:</source>
      <translation>C&amp;hart:</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="52" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="53" />
      <source>Opslaan als PNG-afbeelding</source>
      <translation>Save as a PNG image</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="54" />
      <source>SVG…</source>
      <translation>SVG…</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="55" />
      <source>Opslaan als SVG (scherp bij elke grootte)</source>
      <translation>Save as SVG (sharp at any size)</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="56" />
      <source>&amp;Kopiëren</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="57" />
      <source>&amp;Presenteren (F5)</source>
      <translation>&amp;Present (F5)</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="115" />
      <source>Grafiek opslaan</source>
      <translation>Save chart</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/chart_panel.py" line="117" />
      <source>{0}-bestanden (*.{1})</source>
      <translation>{0} files (*.{1})</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../app/views/charts.py" line="43" />
      <source>Woonbehoefte en aanbod</source>
      <translation>Housing need and supply</translation>
    </message>
    <message>
      <location filename="../../app/views/charts.py" line="47" />
      <source>Opgave per gemeente</source>
      <translation>Gap by municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/charts.py" line="51" />
      <source>Cumulatieve opgave</source>
      <translation>Cumulative gap</translation>
    </message>
    <message>
      <location filename="../../app/views/charts.py" line="55" />
      <source>Evenredig aandeel en bijdrage</source>
      <translation>Fair share and contribution</translation>
    </message>
    <message>
      <location filename="../../app/views/charts.py" line="59" />
      <source>Sociale huur: nu en eind planperiode</source>
      <translation>Social rent: now and at the end of the plan period</translation>
    </message>
    <message>
      <location filename="../../app/views/charts.py" line="63" />
      <source>Betaalbaar deel van de nieuwbouw</source>
      <translation>Affordable share of new construction</translation>
    </message>
    <message>
      <location filename="../../app/views/charts.py" line="67" />
      <source>Regionale toets: sociale huur en betaalbaar</source>
      <translation>Regional test: social rent and affordable</translation>
    </message>
  </context>
  <context>
    <name>CompareTab</name>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="33" />
      <location filename="../../app/views/norms/compare_tab.py" line="64" />
      <source>Eerste normenset</source>
      <translation>First norm set</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="33" />
      <location filename="../../app/views/norms/compare_tab.py" line="65" />
      <source>Tweede normenset</source>
      <translation>Second norm set</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="47" />
      <source>Normen van beide sets</source>
      <translation>Norms of both sets</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="50" />
      <source>Gevolgen voor deze visie</source>
      <translation>Effects on this vision</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="54" />
      <source>Van:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="56" />
      <source>naar:</source>
      <translation>to:</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="62" />
      <source>Norm</source>
      <translation>Norm</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="63" />
      <source>Verschilt</source>
      <translation>Differs</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="63" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="70" />
      <source>Gemeente / regio</source>
      <translation>Municipality / region</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="71" />
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="72" />
      <source>Onder de eerste</source>
      <translation>Under the first</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="73" />
      <source>Onder de tweede</source>
      <translation>Under the second</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="113" />
      <location filename="../../app/views/norms/compare_tab.py" line="114" />
      <source>geen</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="115" />
      <source>Verplicht urgenten erbij: {0}. Vervallen: {1}.</source>
      <translation>Mandatory urgency categories added: {0}. Dropped: {1}.</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="119" />
      <source>{0} uitkomsten van deze visie veranderen:</source>
      <translation>{0} outcomes of this vision change:</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/compare_tab.py" line="123" />
      <source>Geen uitkomst van deze visie verandert.</source>
      <translation>No outcome of this vision changes.</translation>
    </message>
  </context>
  <context>
    <name>ComparisonModel</name>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="47" />
      <source>De opgave onder het tweede scenario min die onder het eerste; onbekend zolang een van beide onbekend is.</source>
      <translation>The gap under the second scenario minus the gap under the first; unknown while either is unknown.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="54" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="54" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="55" />
      <location filename="../../app/views/models/comparison_model.py" line="57" />
      <source>Woonbehoefte
{0}</source>
      <translation>Housing need
{0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="56" />
      <location filename="../../app/views/models/comparison_model.py" line="58" />
      <source>Opgave
{0}</source>
      <translation>Gap
{0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="59" />
      <source>Verschil</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="86" />
      <source>Onbekend: er ontbreekt invoer (woonbehoefte of aanbod).</source>
      <translation>Unknown: input is missing (housing need or supply).</translation>
    </message>
    <message>
      <location filename="../../app/views/models/comparison_model.py" line="92" />
      <source>Totaal</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>ComputingPanel</name>
    <message>
      <location filename="../../app/views/widgets/computing_panel.py" line="15" />
      <source>De opgave wordt berekend…</source>
      <translation>Calculating the housing task…</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/computing_panel.py" line="19" />
      <source>Bezig met berekenen</source>
      <translation>Calculating</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/computing_panel.py" line="22" />
      <source>Alle gemeenten, aandachtsgroepen, woonvormen en jaren worden doorgerekend; de tabellen en grafieken verschijnen zodra dat klaar is.</source>
      <translation>All municipalities, target groups, housing types and years are being calculated; the tables and charts appear as soon as that is done.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/computing_panel.py" line="41" />
      <source>De opgave kon niet worden berekend.</source>
      <translation>The housing task could not be calculated.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="20" />
      <source>Nederland</source>
      <translation>Netherlands</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="22" />
      <source>Provincie {0}</source>
      <translation>Province of {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="23" />
      <source>COROP-gebied {0}</source>
      <translation>COROP region {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="28" />
      <source>&lt;b&gt;{0}&lt;/b&gt; ({1} gemeenten, {2} woningen): &lt;b&gt;{3}&lt;/b&gt; corporatiebezit; {4} gemeenten onder het landelijk gemiddelde; {5} corporatiewoningen tekort tot {6}.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; ({1} municipalities, {2} dwellings): &lt;b&gt;{3}&lt;/b&gt; owned by housing associations; {4} municipalities below the national average; {5} housing association homes short of {6}.</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="52" />
      <source>Landelijk gemiddelde: {0}; streven: {1} sociale huur.</source>
      <translation>National average: {0}; goal: {1} social rent.</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="61" />
      <source>Het COROP-gebied {0} ligt niet in de provincie {1}: deze selectie bevat geen gemeenten. Kies een ander COROP-gebied of alle COROP-gebieden.</source>
      <translation>The COROP region {0} is not in the province of {1}: this selection contains no municipalities. Choose another COROP region or all COROP regions.</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_texts.py" line="71" />
      <source>Bron: {0}. Woningvoorraad: {1}, peildatum {2}. Streven {3} sociale huur: {4}. Corporatiebezit is niet precies sociale huur: corporaties verhuren ook woningen boven de liberalisatiegrens. Het aantal corporatiewoningen is een raming (aandeel × woningvoorraad) die twee peildata mengt. Gemiddelden zijn gewogen met de woningvoorraad.</source>
      <translation>Source: {0}. Housing stock: {1}, reference date {2}. Goal of {3} social rent: {4}. Housing association ownership is not exactly social rent: housing associations also let homes above the liberalisation limit. The number of housing association homes is an estimate (share × housing stock) that mixes two reference dates. Averages are weighted by the housing stock.</translation>
    </message>
  </context>
  <context>
    <name>DashboardWindow</name>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="50" />
      <source>Sociale huur in Nederland – Thuisplan</source>
      <translation>Social rent in the Netherlands – Thuisplan</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="72" />
      <source>Provincie</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="73" />
      <source>Alle provincies</source>
      <translation>All provinces</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="77" />
      <source>COROP-gebied</source>
      <translation>COROP region</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="79" />
      <source>&amp;Kopiëren</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="80" />
      <source>De tabel als tekst met tabs, voor Excel</source>
      <translation>The table as tab-separated text, for Excel</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="81" />
      <source>&amp;Provincie:</source>
      <translation>&amp;Province:</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="83" />
      <source>&amp;COROP-gebied:</source>
      <translation>C&amp;OROP region:</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="97" />
      <source>Samenvatting</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="112" />
      <source>Gemeenten</source>
      <translation>Municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="116" />
      <source>Grafiek</source>
      <translation>Chart</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="118" />
      <source>&amp;Tabel</source>
      <translation>&amp;Table</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="119" />
      <source>&amp;Grafiek</source>
      <translation>C&amp;hart</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="127" />
      <source>Bronnen</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="142" />
      <source>Alle COROP-gebieden</source>
      <translation>All COROP regions</translation>
    </message>
    <message>
      <location filename="../../app/views/dashboard_window.py" line="200" />
      <source>Grafiek sociale huur</source>
      <translation>Social rent chart</translation>
    </message>
  </context>
  <context>
    <name>DistributionPanel</name>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="82" />
      <source>Verdelen &amp;over:</source>
      <translation>Share &amp;out over:</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="84" />
      <source>&amp;Tekort doorschuiven naar het volgende jaar</source>
      <translation>&amp;Carry a shortfall over to the next year</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="87" />
      <source>Zoals bij de taakstelling statushouders: wat een gemeente in een jaar minder biedt dan haar aandeel, komt bij haar aandeel van het jaar erna. Een overschot schuift niet door.</source>
      <translation>As with the housing target for status holders: what a municipality offers less than its share in a year is added to its share of the next year. A surplus is not carried over.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="104" />
      <source>Gekozen aandachtsgroepen</source>
      <translation>Chosen target groups</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="116" />
      <source>Evenwichtige verdeling per gemeente</source>
      <translation>Balanced distribution per municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="129" />
      <source>Correctie en achterstand vooraf per gemeente</source>
      <translation>Correction and opening backlog per municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="133" />
      <source>Correcties per gemeente</source>
      <translation>Corrections per municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="135" />
      <source>Lege correcties op &amp;0</source>
      <translation>Set empty corrections to &amp;0</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="139" />
      <source>Correctie: plaatsen die de gemeente al biedt (zoals beschermd wonen en maatschappelijke opvang); ze tellen één keer mee als bijdrage. Achterstand vooraf: het tekort van vóór de planperiode (telt alleen bij doorschuiven). Vult u er één in, dan hebben alle gemeenten er een nodig (0 mag).</source>
      <translation>Correction: places the municipality already offers (such as sheltered housing and social relief); they count once as a contribution. Opening backlog: the shortfall from before the plan period (counts only when carrying over). If you enter one, every municipality needs one (0 is allowed).</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="169" />
      <source>Onbekend, want er ontbreekt: {0}.</source>
      <translation>Unknown, because this is missing: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="181" />
      <source>Telt mee: {0}</source>
      <translation>Counted: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="181" />
      <source>Geen groepen</source>
      <translation>No groups</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="225" />
      <location filename="../../app/views/widgets/distribution_panel.py" line="235" />
      <source>Verdeling: groepen</source>
      <translation>Distribution: groups</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="240" />
      <source>Doorschuiven aan</source>
      <translation>Carry-over on</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="240" />
      <source>Doorschuiven uit</source>
      <translation>Carry-over off</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="245" />
      <source>Lege correcties op 0</source>
      <translation>Set empty corrections to 0</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="262" />
      <source>Correctie wijzigen</source>
      <translation>Change correction</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="263" />
      <source>Achterstand vooraf wijzigen</source>
      <translation>Change opening backlog</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="264" />
      <source>Bron wijzigen</source>
      <translation>Change source</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/distribution_panel.py" line="265" />
      <source>Peildatum wijzigen</source>
      <translation>Change reference date</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="66" />
      <source>Maak de documenten voor de partners en de gemeenteraad, of lees ingevulde uitvraagwerkboeken in.</source>
      <translation>Create the documents for the partners and the municipal council, or import completed data collection workbooks.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="94" />
      <source>Woonzorgvisie (concept), Word</source>
      <translation>Housing and care vision (draft), Word</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="96" />
      <source>Inleiding en kader, de regio in cijfers, analyse per aandachtsgroep, opgave en evenwichtige verdeling, ambities en maatregelen, prestatieafspraken, monitoring en bijlagen.</source>
      <translation>Introduction and framework, the region in figures, analysis per target group, gap and balanced distribution, ambitions and measures, performance agreements, monitoring and appendices.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="100" />
      <source>&amp;Woonzorgvisie maken…</source>
      <translation>Create the &amp;vision…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="104" />
      <source>Cijferbijlage, Excel</source>
      <translation>Data annex, Excel</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="106" />
      <source>Woonbehoefte, aanbod, opgave (met formules), verdeling, sociale huur, prestatieafspraken en bronnen.</source>
      <translation>Housing need, supply, gap (with formulas), distribution, social rent, performance agreements and sources.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="109" />
      <source>&amp;Cijferbijlage maken…</source>
      <translation>Create the data &amp;annex…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="113" />
      <source>Prestatieafspraken, Word</source>
      <translation>Performance agreements, Word</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="115" />
      <source>Eén document per partner (of per gemeente) met de afspraken, de cijfers waarop ze rusten en ruimte voor handtekeningen.</source>
      <translation>One document per partner (or per municipality) with the agreements, the figures they rest on and space for signatures.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="118" />
      <source>&amp;Prestatieafspraken maken…</source>
      <translation>Create the &amp;performance agreements…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="122" />
      <source>Volkshuisvestingsprogramma, Word</source>
      <translation>Municipal housing programme, Word</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="124" />
      <source>Per gemeente het hoofdstuk aandachtsgroepen: haar woonbehoefte en aanbod, evenredig aandeel, urgentie, bijdrage aan de regionale toetsen, afspraken, maatregelen en bronnen.</source>
      <translation>Per municipality the chapter on target groups: its housing need and supply, fair share, urgency, contribution to the regional tests, agreements, measures and sources.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="128" />
      <source>Hoofdstukken &amp;volkshuisvestingsprogramma…</source>
      <translation>&amp;Housing programme chapters…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="140" />
      <source>Een werkboek om woonbehoefte en aanbod op te halen bij gemeenten en partners: één voor de hele regio of één per gemeente (zie Opties).</source>
      <translation>A workbook to collect housing need and supply from municipalities and partners: one for the whole region or one per municipality (see Options).</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="143" />
      <source>&amp;Uitvraagwerkboek maken…</source>
      <translation>Create the data &amp;collection workbook…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="147" />
      <location filename="../../app/views/pages/documents_page.py" line="436" />
      <source>Ingevulde werkboeken</source>
      <translation>Completed workbooks</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="149" />
      <source>Lees een of meer ingevulde uitvraagwerkboeken in: u ziet eerst wat er verandert en wat is afgewezen.</source>
      <translation>Import one or more completed data collection workbooks: you first see what will change and what was rejected.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="152" />
      <source>Werkboeken &amp;inlezen…</source>
      <translation>&amp;Import workbooks…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="176" />
      <source>&amp;Annuleren</source>
      <translation>Ca&amp;ncel</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="185" />
      <source>Opties</source>
      <translation>Options</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="186" />
      <source>Kleine aantallen afschermen: toon als</source>
      <translation>Hide small numbers: show as</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="192" />
      <source>per partner</source>
      <translation>per partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="193" />
      <source>per gemeente</source>
      <translation>per municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="195" />
      <source>één voor de hele regio</source>
      <translation>one for the whole region</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="196" />
      <source>één per gemeente (in een map)</source>
      <translation>one per municipality (in a folder)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="197" />
      <source>Huisstijl: standaardsjabloon</source>
      <translation>House style: standard template</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="198" />
      <source>Eigen &amp;sjabloon…</source>
      <translation>Own &amp;template…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="206" />
      <source>Prestatieafspraken:</source>
      <translation>Performance agreements:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="208" />
      <source>Uitvraagwerkboek:</source>
      <translation>Data collection workbook:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="227" />
      <source>Sjabloon met de huisstijl</source>
      <translation>Template with the house style</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="229" />
      <source>Word-documenten en -sjablonen (*.docx *.dotx *.docm *.dotm)</source>
      <translation>Word documents and templates (*.docx *.dotx *.docm *.dotm)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="320" />
      <source>Word-documenten (*.docx)</source>
      <translation>Word documents (*.docx)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="246" />
      <source>Huisstijl: {0}</source>
      <translation>House style: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="265" />
      <source>Opslaan als</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="332" />
      <source>Woonzorgvisie</source>
      <translation>Housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="338" />
      <source>cijferbijlage</source>
      <translation>data annex</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="338" />
      <location filename="../../app/views/pages/documents_page.py" line="409" />
      <location filename="../../app/views/pages/documents_page.py" line="438" />
      <source>Excel-werkboeken (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="343" />
      <source>Cijferbijlage</source>
      <translation>Data annex</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="347" />
      <source>Map voor de documenten</source>
      <translation>Folder for the documents</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="359" />
      <source>Prestatieafspraken</source>
      <translation>Performance agreements</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="367" />
      <source>Map voor de hoofdstukken</source>
      <translation>Folder for the chapters</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="375" />
      <source>Niets geschreven; de bestaande hoofdstukken staan er nog.</source>
      <translation>Nothing written; the existing chapters are still there.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="386" />
      <source>Hoofdstukken volkshuisvestingsprogramma</source>
      <translation>Housing programme chapters</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="393" />
      <source>en {0} andere</source>
      <translation>and {0} more</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="396" />
      <source>Hoofdstukken vervangen</source>
      <translation>Replace chapters</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="397" />
      <source>Deze hoofdstukken staan al in de map:
{0}

Vervangen?</source>
      <translation>These chapters are already in the folder:
{0}

Replace them?</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="409" />
      <source>uitvraag</source>
      <translation>data collection</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="413" />
      <source>Uitvraagwerkboek</source>
      <translation>Data collection workbook</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="419" />
      <source>Map voor de werkboeken</source>
      <translation>Folder for the workbooks</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="423" />
      <source>Uitvraagwerkboeken</source>
      <translation>Data collection workbooks</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="452" />
      <source>Inlezen</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="463" />
      <source>Inlezen afgebroken; er is niets gewijzigd.</source>
      <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="468" />
      <source>Werkboeken inlezen ({0} cellen)</source>
      <translation>Import workbooks ({0} cells)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="472" />
      <source>{0} cel(len) ingelezen. Ongedaan maken kan met Ctrl+Z.</source>
      <translation>{0} cell(s) imported. Ctrl+Z undoes the import.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="489" />
      <source>{0}: bezig…</source>
      <translation>{0}: working…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="504" />
      <source>{0} bestanden</source>
      <translation>{0} files</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="506" />
      <source>(geen documenten)</source>
      <translation>(no documents)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="507" />
      <source>{0} klaar: {1}. &lt;a href="{2}"&gt;Map openen&lt;/a&gt;</source>
      <translation>{0} done: {1}. &lt;a href="{2}"&gt;Open folder&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="517" />
      <source>Afgebroken; er is geen half document achtergebleven.</source>
      <translation>Cancelled; no half-written document was left behind.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/documents_page.py" line="138" />
      <source>Uitvraagwerkboek, Excel</source>
      <translation>Data collection workbook, Excel</translation>
    </message>
  </context>
  <context>
    <name>ErrorReporting</name>
    <message>
      <location filename="../../app/views/error_reporting.py" line="26" />
      <source>Er ging iets onverwachts mis in Thuisplan. Wat u hebt ingevoerd is al opgeslagen.

Meld dit bij de beheerder en stuur het logbestand mee:
{0}</source>
      <translation>Something unexpected went wrong in Thuisplan. What you entered has already been saved.

Please report this to your administrator and include the log file:
{0}</translation>
    </message>
  </context>
  <context>
    <name>EstimateDialog</name>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="59" />
      <source>Raming maken</source>
      <translation>Make estimate</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="91" />
      <source>&amp;Aandachtsgroep:</source>
      <translation>&amp;Target group:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="94" />
      <source>Scenario:</source>
      <translation>Scenario:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="95" />
      <source>&amp;Methode:</source>
      <translation>&amp;Method:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="110" />
      <source>Formule en parameters</source>
      <translation>Formula and parameters</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="113" />
      <source>Alleen lege cellen krijgen de raming: wat u zelf invulde, blijft staan. Een raming staat schuin op lichtblauw; typ een getal om haar te vervangen.</source>
      <translation>Only empty cells take the estimate: what you entered yourself stays. An estimate is shown in italics on light blue; type a number to replace it.</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="119" />
      <source>&lt;b&gt;Formule en parameters&lt;/b&gt;</source>
      <translation>&lt;b&gt;Formula and parameters&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="129" />
      <source>Raming &amp;opslaan</source>
      <translation>&amp;Save estimate</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="191" />
      <source>Nog niet compleet: {0}</source>
      <translation>Not complete yet: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="214" />
      <source>Let op: {0} gebruikt {1} niet; dat deel van de raming telt niet mee. De woonvormen van een groep kiest u in stap Aandachtsgroepen.</source>
      <translation>Note: {0} does not use {1}; that part of the estimate does not count. You choose a group's housing types in the Target groups step.</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="219" />
      <source>{0} krijgt geen raming en blijft leeg (onbekend).</source>
      <translation>{0} gets no estimate and stays empty (unknown).</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_dialog.py" line="233" />
      <source>Raming {0} opslaan</source>
      <translation>Save estimate {0}</translation>
    </message>
  </context>
  <context>
    <name>Estimates</name>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="347" />
      <source>inwoners</source>
      <translation>inhabitants</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="348" />
      <source>huishoudens</source>
      <translation>households</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="349" />
      <source>inwoners van 65 jaar en ouder</source>
      <translation>inhabitants aged 65 and over</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="352" />
      <source>woningen</source>
      <translation>dwellings</translation>
    </message>
  </context>
  <context>
    <name>FigureGridModel</name>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="182" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="182" />
      <source>Woonvorm</source>
      <translation>Housing type</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="184" />
      <source>Soort aanbod</source>
      <translation>Type of supply</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="188" />
      <location filename="../../app/views/models/grid_model.py" line="314" />
      <source>Totaal</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="190" />
      <source>Bron</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="276" />
      <source>Berekend: vrijkomende woningen × {0} %</source>
      <translation>Calculated: vacancies × {0}%</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="287" />
      <source>Controle: {0}</source>
      <translation>Check: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="296" />
      <source>Berekend: vul de vrijkomende woningen van {0} in</source>
      <translation>Calculated: enter the vacancies for {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="297" />
      <source>Berekend: {0} vrijkomende woningen × {1} %</source>
      <translation>Calculated: {0} vacancies × {1}%</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="303" />
      <source>Typ een getal om de raming te vervangen.</source>
      <translation>Type a number to replace the estimate.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="305" />
      <source>Leeg = onbekend. Vul 0 in als er niets is.</source>
      <translation>Empty = unknown. Enter 0 if there is none.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="307" />
      <source>Geen raming: {0}.</source>
      <translation>No estimate: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="374" />
      <source>Geraamd: alle cellen zijn een raming.</source>
      <translation>Estimated: every cell is an estimate.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="376" />
      <source>Deels geraamd: {0} van de {1} cellen zijn een raming.</source>
      <translation>Partly estimated: {0} of the {1} cells are an estimate.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/grid_model.py" line="383" />
      <source>Onbekend: {0} van de {1} cellen zijn leeg. Vul ze in, of zet ze op 0 als er niets is.</source>
      <translation>Unknown: {0} of the {1} cells are empty. Fill them in, or set them to 0 if there is nothing.</translation>
    </message>
  </context>
  <context>
    <name>FiguresPage</name>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="64" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="66" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="68" />
      <source>&amp;Aandachtsgroep:</source>
      <translation>&amp;Target group:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="70" />
      <source>&amp;Gemeente:</source>
      <translation>&amp;Municipality:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="87" />
      <source>Soort aanbod</source>
      <translation>Type of supply</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="88" />
      <source>Alle soorten</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="92" />
      <source>&amp;Soort:</source>
      <translation>T&amp;ype:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="117" />
      <source>Lege cellen op &amp;0</source>
      <translation>Empty cells to &amp;0</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="120" />
      <source>In de selectie</source>
      <translation>In the selection</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="131" />
      <source>Een lege cel is onbekend. Zet lege cellen op 0 als er niets nodig is of niets komt; in één stap ongedaan te maken.</source>
      <translation>An empty cell is unknown. Set empty cells to 0 when nothing is needed or nothing will come; one step to undo.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="181" />
      <source>Alle gemeenten</source>
      <translation>All municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="230" />
      <source>{0} gebruikt: {1}. Welke woonvormen een groep gebruikt, kiest u in stap Aandachtsgroepen.</source>
      <translation>{0} uses: {1}. You choose which housing types a group uses in the Target groups step.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="259" />
      <source>{0} wijzigen</source>
      <translation>Change {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="279" />
      <source>
… en nog {0} fout(en).</source>
      <translation>
… and {0} more error(s).</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="281" />
      <source>Er is niets gewijzigd; de oude waarden staan er nog.</source>
      <translation>Nothing has been changed; the old values are still there.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="313" />
      <source>{0}: alle lege cellen ({1})</source>
      <translation>{0}: all empty cells ({1})</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="315" />
      <source>Deze groep</source>
      <translation>This group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="319" />
      <source>{0}: alle lege cellen van alle groepen</source>
      <translation>{0}: all empty cells of all groups</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="321" />
      <source>Eén gemeente, alle groepen (kies eerst een gemeente)</source>
      <translation>One municipality, all groups (choose a municipality first)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="354" />
      <source>Er zijn geen lege cellen in deze keuze.</source>
      <translation>There are no empty cells in this choice.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="356" />
      <source>Lege cellen op 0 zetten ({0})</source>
      <translation>Set empty cells to 0 ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/figures_page.py" line="370" />
      <source>Bron wijzigen</source>
      <translation>Change source</translation>
    </message>
  </context>
  <context>
    <name>FlowEditor</name>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="234" />
      <source>Regio</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="242" />
      <source>Plekken en uitstroom</source>
      <translation>Places and outflow</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="245" />
      <source>&amp;Bron:</source>
      <translation>&amp;Source:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="248" />
      <source>Verdeling over woonvormen:</source>
      <translation>Split over housing types:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="253" />
      <source>&amp;Per gemeente</source>
      <translation>&amp;Per municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="255" />
      <source>Voor de hele &amp;regio (verdeeld met de verdeelsleutel)</source>
      <translation>For the whole &amp;region (shared out with the distribution key)</translation>
    </message>
  </context>
  <context>
    <name>FlowTableModel</name>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="31" />
      <source>Plaats</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="32" />
      <source>Bezette
plekken</source>
      <translation>Occupied
places</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="33" />
      <source>Verblijf
(jaren)</source>
      <translation>Stay
(years)</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="34" />
      <source>Doorstroom
(%)</source>
      <translation>Moving on
(%)</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="35" />
      <source>Uitstroom-
klaar</source>
      <translation>Ready to
move on</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="36" />
      <source>Wegwerken
in (jaren)</source>
      <translation>Clear in
(years)</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="56" />
      <source>Het aantal bezette plekken (bedden, woonplekken) nu.</source>
      <translation>The number of places (beds, residential places) occupied now.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="57" />
      <source>Hoe lang iemand gemiddeld blijft, in jaren (meer dan 0).</source>
      <translation>How long someone stays on average, in years (more than 0).</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="58" />
      <source>Welk deel van wie vertrekt een (geclusterde) woning nodig heeft.</source>
      <translation>Which share of those who leave needs a (clustered) home.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="60" />
      <source>Mensen die nu al uitstroomklaar zijn en op een woning wachten (leeg: 0).</source>
      <translation>People who are ready to move on now and are waiting for a home (empty: 0).</translation>
    </message>
    <message>
      <location filename="../../app/views/models/flow_table_model.py" line="62" />
      <source>In hoeveel jaar die achterstand wordt weggewerkt (leeg: 1).</source>
      <translation>In how many years that backlog is cleared (empty: 1).</translation>
    </message>
  </context>
  <context>
    <name>GapPage</name>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="67" />
      <source>Woonbehoefte min aanbod, per gemeente, woonvorm en jaar: rood (+) is een tekort, blauw (−) een overschot; 'onbekend' betekent dat invoer ontbreekt.</source>
      <translation>Housing need minus supply, per municipality, housing type and year: red (+) is a shortage, blue (−) a surplus; 'unknown' means input is missing.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="85" />
      <source>Per &amp;groep en woonvorm</source>
      <translation>By &amp;group and housing type</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="87" />
      <source>Per gemeente en &amp;jaar</source>
      <translation>By municipality and &amp;year</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="91" />
      <source>G&amp;rafieken</source>
      <translation>C&amp;harts</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="93" />
      <source>Evenwichtige &amp;verdeling</source>
      <translation>Balanced &amp;distribution</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="95" />
      <source>Regionale &amp;toets sociale huur</source>
      <translation>Regional social rent &amp;test</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="98" />
      <source>Scenario's &amp;naast elkaar</source>
      <translation>Scenarios side &amp;by side</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="118" />
      <source>&amp;Gemeente:</source>
      <translation>&amp;Municipality:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="120" />
      <source>&amp;Jaren:</source>
      <translation>Yea&amp;rs:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="126" />
      <source>t/m</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="136" />
      <source>Vergelijk &amp;met scenario…</source>
      <translation>Compare &amp;with scenario…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="139" />
      <source>Zet de opgave onder een ander scenario naast die onder dit scenario, per aandachtsgroep en per gemeente, met het verschil.</source>
      <translation>Put the gap under another scenario beside the gap under this scenario, per target group and per municipality, with the difference.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="161" />
      <source>Er is nog maar één scenario</source>
      <translation>There is only one scenario so far</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="174" />
      <source>Opgave per aandachtsgroep en woonvorm</source>
      <translation>Gap by target group and housing type</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="182" />
      <source>Tabel &amp;kopiëren (voor Excel)</source>
      <translation>&amp;Copy table (for Excel)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="215" />
      <location filename="../../app/views/pages/gap_page.py" line="309" />
      <source>Hele regio</source>
      <translation>Whole region</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="309" />
      <source>Regio {0}</source>
      <translation>Region {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="313" />
      <source>alle aandachtsgroepen</source>
      <translation>all target groups</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="119" />
      <source>&amp;Aandachtsgroep:</source>
      <translation>&amp;Target group:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/gap_page.py" line="220" />
      <source>Alle aandachtsgroepen</source>
      <translation>All target groups</translation>
    </message>
  </context>
  <context>
    <name>GapTableModel</name>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="89" />
      <source>w.v. toewijzing</source>
      <translation>of which allocation</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="90" />
      <source>w.v. nieuwbouw</source>
      <translation>of which new build</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="91" />
      <source>w.v. flex</source>
      <translation>of which flexible</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="92" />
      <source>w.v. transformatie</source>
      <translation>of which conversion</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="93" />
      <source>w.v. overig</source>
      <translation>of which other</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="97" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="98" />
      <source>Woonvorm</source>
      <translation>Housing type</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="99" />
      <source>Woonbehoefte</source>
      <translation>Housing need</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="100" />
      <source>Aanbod totaal</source>
      <translation>Supply, total</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="101" />
      <source>Opgave</source>
      <translation>Gap</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="102" />
      <source>Tekort</source>
      <translation>Shortage</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="103" />
      <source>Overschot</source>
      <translation>Surplus</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="104" />
      <source>Ontbrekende invoer</source>
      <translation>Missing input</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="112" />
      <source>Opgeteld over gemeenten, woonvormen en jaren waar de woonbehoefte groter is dan het aanbod. Een overschot elders vult een tekort niet aan.</source>
      <translation>Added up over the municipalities, housing types and years where the need exceeds the supply. A surplus elsewhere does not make up for a shortage.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="117" />
      <source>Opgeteld over gemeenten, woonvormen en jaren waar het aanbod groter is dan de woonbehoefte.</source>
      <translation>Added up over the municipalities, housing types and years where the supply exceeds the need.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="121" />
      <source>Woonbehoefte min aanbod: tekort min overschot.</source>
      <translation>Need minus supply: shortage minus surplus.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="147" />
      <source>Ontbreekt: {0}</source>
      <translation>Missing: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="154" />
      <source>Totaal</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/views/models/gap_table_model.py" line="165" />
      <source>totaal</source>
      <translation>total</translation>
    </message>
  </context>
  <context>
    <name>GapYearTable</name>
    <message>
      <location filename="../../app/views/widgets/gap_year_table.py" line="123" />
      <source>Opgave per gemeente en jaar</source>
      <translation>Gap by municipality and year</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/gap_year_table.py" line="63" />
      <source>Regio totaal</source>
      <translation>Region total</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/gap_year_table.py" line="77" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/gap_year_table.py" line="90" />
      <source>Totaal</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/gap_year_table.py" line="102" />
      <source>Behoefte {0}, aanbod {1}</source>
      <translation>Need {0}, supply {1}</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/gap_year_table.py" line="105" />
      <source>Tekort {0}, overschot {1}</source>
      <translation>Shortage {0}, surplus {1}</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/gap_year_table.py" line="111" />
      <source>{0} van {1} vak(ken) onbekend: woonbehoefte of aanbod ontbreekt</source>
      <translation>{0} of {1} cell(s) unknown: housing need or supply is missing</translation>
    </message>
  </context>
  <context>
    <name>GridView</name>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="180" />
      <source>Kopiëren</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="181" />
      <source>Plakken</source>
      <translation>Paste</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="182" />
      <source>Wissen</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="183" />
      <source>Lege cellen op 0 zetten</source>
      <translation>Set empty cells to 0</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="184" />
      <location filename="../../app/views/widgets/grid_view.py" line="300" />
      <source>Naar rechts doorvoeren</source>
      <translation>Fill right</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="185" />
      <location filename="../../app/views/widgets/grid_view.py" line="300" />
      <source>Omlaag doorvoeren</source>
      <translation>Fill down</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="222" />
      <source>Cellen wissen</source>
      <translation>Clear cells</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="236" />
      <source>Lege cellen op 0 zetten ({0})</source>
      <translation>Set empty cells to 0 ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="277" />
      <source>Plakken ({0} cellen)</source>
      <translation>Paste ({0} cells)</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="311" />
      <source>Het blok past niet: het loopt buiten de jaarkolommen of onder de laatste rij. Er is niets gewijzigd.</source>
      <translation>The block does not fit: it extends beyond the year columns or below the last row. Nothing has been changed.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/grid_view.py" line="319" />
      <source>Het blok raakt een berekende toewijzingsrij; pas daar de vrijkomende woningen of het percentage aan. Er is niets gewijzigd.</source>
      <translation>The block overlaps a calculated allocation row; change the vacancies or the percentage for that row instead. Nothing has been changed.</translation>
    </message>
  </context>
  <context>
    <name>GroupsPage</name>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="86" />
      <source>Aandachtsgroepen</source>
      <translation>Target groups</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="45" />
      <source>Vink aan voor welke groepen de visie geldt en kies per groep de woonvormen en begeleiding die passen.</source>
      <translation>Tick the groups the vision covers and choose the housing types and support that suit each group.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="62" />
      <source>Aan</source>
      <translation>On</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="64" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="79" />
      <source>standaardgroep</source>
      <translation>standard group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="80" />
      <source>eigen groep (schuin gedrukt)</source>
      <translation>own group (in italics)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="71" />
      <source>Verplicht urgent</source>
      <translation>Mandatory urgency</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="73" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="91" />
      <source>Eigen groep &amp;toevoegen…</source>
      <translation>&amp;Add custom group…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="93" />
      <source>Eigen groep &amp;verwijderen</source>
      <translation>&amp;Delete custom group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="106" />
      <source>Omschrijving, woonvormen en begeleiding</source>
      <translation>Description, housing types and support</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="109" />
      <source>Omschrijving van de groep</source>
      <translation>Description of the group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="117" />
      <source>Woonvormen</source>
      <translation>Housing types</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="121" />
      <source>Alleen voor deze woonvormen vraagt Thuisplan woonbehoefte en aanbod; elk ervan moet zijn ingevuld (0 mag) voordat de opgave bekend is.</source>
      <translation>Thuisplan asks for housing need and supply for these housing types only; each must be filled in (0 is allowed) before the task is known.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="132" />
      <source>Begeleidingsniveaus</source>
      <translation>Support levels</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="169" />
      <source>De omschrijving van een standaardgroep komt uit het programma 'Een thuis voor iedereen'.</source>
      <translation>The description of a standard group comes from the programme 'Een thuis voor iedereen' (A home for everyone).</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="192" />
      <source>Woonvormen van {0} wijzigen</source>
      <translation>Change housing types of {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="206" />
      <source>{0} ({1} cijfers)</source>
      <translation>{0} ({1} figures)</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="210" />
      <source>Woonvorm uitzetten</source>
      <translation>Switch housing type off</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="212" />
      <source>{0} heeft ingevulde cijfers bij: {1}. Die tellen niet meer mee zolang de woonvorm uit staat; ze blijven bewaard en tellen weer mee als u hem weer aanzet. Doorgaan?</source>
      <translation>{0} has figures entered for: {1}. They no longer count while the housing type is off; they are kept and count again when you switch it back on. Continue?</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="224" />
      <source>Omschrijving wijzigen</source>
      <translation>Change description</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="235" />
      <source>De naam van een standaardgroep ligt vast; voeg een eigen groep toe voor een andere indeling.</source>
      <translation>The name of a standard group is fixed; add a custom group for a different breakdown.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="240" />
      <source>Groep hernoemen</source>
      <translation>Rename group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="243" />
      <source>{0} aanzetten</source>
      <translation>Switch on {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="243" />
      <source>{0} uitzetten</source>
      <translation>Switch off {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="252" />
      <location filename="../../app/views/pages/groups_page.py" line="256" />
      <source>Eigen groep toevoegen</source>
      <translation>Add custom group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="252" />
      <source>Naam van de groep:</source>
      <translation>Name of the group:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/groups_page.py" line="266" />
      <source>Groep {0} verwijderen</source>
      <translation>Delete group {0}</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../app/views/help_texts.py" line="33" />
      <source>Noteer met wie u prestatieafspraken maakt: gemeenten, woningcorporaties, huurdersorganisaties, zorgaanbieders, het zorgkantoor, welzijnsorganisaties en particuliere verhuurders. Een partner zonder gemeente werkt regionaal.</source>
      <translation>Record who you make performance agreements with: municipalities, housing associations, tenants' organisations, care providers, the care office (zorgkantoor), welfare organisations and private landlords. A partner without a municipality works regionally.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="39" />
      <source>Kies voor welke aandachtsgroepen de visie geldt. Zet een groep uit als ze in uw regio niet speelt (haar cijfers blijven bewaard), voeg eigen groepen toe en kies per groep de woonvormen en begeleidingsniveaus die passen.</source>
      <translation>Choose which target groups the vision covers. Switch a group off if it does not apply in your region (its figures are kept), add your own groups and choose the housing types and support levels that suit each group.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="45" />
      <source>Vul per aandachtsgroep in hoeveel woningen per jaar nodig zijn, per gemeente en woonvorm. U kunt typen, een blok uit Excel plakken (Ctrl+V), kopiëren (Ctrl+C), wissen (Delete) en naar rechts of omlaag doorvoeren (Ctrl+R, Ctrl+D). Een leeg vak betekent 'onbekend', niet 0: vul 0 in als er geen behoefte is.</source>
      <translation>For each target group, enter how many homes are needed each year, per municipality and housing type. You can type, paste a block from Excel (Ctrl+V), copy (Ctrl+C), clear (Delete) and fill right or down (Ctrl+R, Ctrl+D). An empty cell means 'unknown', not 0: enter 0 if there is no need.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="52" />
      <source>Vul het aanbod per jaar in, per woonvorm en soort aanbod. Met de toewijzingshulp rekent Thuisplan de toewijzing uit vrijkomende sociale huurwoningen uit: vrijkomende woningen × het percentage voor deze groep.</source>
      <translation>Enter the supply per year, per housing type and type of supply. With the allocation helper, Thuisplan calculates the allocation from social rent homes that become vacant: vacancies × the percentage for this group.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="58" />
      <source>Beschrijf per actielijn van 'Een thuis voor iedereen' uw ambitie en de maatregelen, met trekker en jaar.</source>
      <translation>For each line of action of 'Een thuis voor iedereen' (A home for everyone), describe your ambition and the measures, with a lead and a year.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="63" />
      <source>Leg de prestatieafspraken vast: wie doet wat, gemeten met welke indicator, met een doel per jaar. Vul later per jaar de realisatie en de status in om de visie te volgen.</source>
      <translation>Record the performance agreements: who does what, measured by which indicator, with a target per year. Later, fill in the results and the status for each year to monitor the vision.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="69" />
      <source>Leg per meting (bijvoorbeeld per 1 januari) vast wat er is gerealiseerd per gemeente, aandachtsgroep, woonvorm en soort aanbod, en wat elke afspraak realiseerde. De status van een afspraak wordt berekend; overschrijf hem alleen met een reden.</source>
      <translation>Record per measurement (for instance as of 1 January) what was delivered per municipality, target group, housing type and kind of supply, and what each agreement realised. The status of an agreement is computed; override it only with a reason.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="75" />
      <source>Maak de documenten die naar de partners en de gemeenteraad gaan: de woonzorgvisie (Word), de cijferbijlage (Excel), de prestatieafspraken per partner en het uitvraagwerkboek om cijfers op te halen.</source>
      <translation>Create the documents that go to the partners and the municipal council: the housing and care vision (Word), the data annex (Excel), the performance agreements per partner and the data collection workbook for gathering figures.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="118" />
      <source>CBS-cijfers aanvullen</source>
      <translation>Fill in CBS figures</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="119" />
      <source>Een bestand van vóór deze versie mist soms het aantal 65-plussers en de raming van de sociale huurwoningen. Deze knop vult alleen de lege cijfers aan uit de meegeleverde gegevens; wat u invulde blijft staan, en Ongedaan maken haalt ze weer weg. De knop staat er alleen als er iets aan te vullen is.</source>
      <translation>A file from before this version may lack the number of people aged 65 and over and the estimate of the social rent dwellings. This button fills in only the empty figures from the data shipped with Thuisplan; what you entered stays, and Undo removes them again. The button is only there when something can be filled in.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="130" />
      <source>Raming maken</source>
      <translation>Make estimate</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="131" />
      <source>Zonder eigen cijfers maakt Thuisplan een eerste raming met een gedocumenteerde methode: de landelijke opgave ouderen 2022–2030 naar aandeel 65-plussers, de taakstelling statushouders naar aandeel inwoners (met de aantallen en de naam van de circulaire), een stroommodel voor uitstromers en dak- en thuisloze mensen (plekken, verblijfsduur, doorstroom, achterstand), of een aantal per 1.000 inwoners, huishoudens, 65-plussers of woningen. Alleen lege cellen krijgen de raming. Zij staat schuin op lichtblauw; de tooltip geeft de formule, de parameters en de bron. Typ een getal om een raming te vervangen; maakt u de cel weer leeg, dan komt de raming terug. Raming verwijderen haalt de raming van de groep weg. Alles is met Ongedaan maken terug te draaien.</source>
      <translation>Without figures of your own, Thuisplan makes a first estimate with a documented method: the national target for older people 2022–2030 by share of people aged 65 and over, the housing target for refugees with a residence permit by share of inhabitants (with the numbers and the name of the circular), a flow model for people leaving institutions and for homeless people (places, length of stay, moving on, backlog), or a number per 1,000 inhabitants, households, people aged 65 and over or dwellings. Only empty cells take the estimate. It is shown in italics on light blue; the tooltip gives the formula, the parameters and the source. Type a number to replace an estimate; empty the cell again and the estimate comes back. Remove estimate removes the group's estimate. Undo reverses all of this.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="146" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="147" />
      <source>Een scenario is een set ramingen, bijvoorbeeld 'basis' en 'ambitieus'. Ingevulde cijfers zijn in elk scenario gelijk; alleen de ramingen verschillen. Het gekozen scenario geldt voor elk scherm en voor de documenten. Onder Scenario's voegt u een scenario toe (leeg of met de ramingen van een ander), wijzigt u de naam of verwijdert u het; het basisscenario blijft.</source>
      <translation>A scenario is a set of estimates, for example 'basis' and 'ambitieus'. Entered figures are the same in every scenario; only the estimates differ. The chosen scenario applies to every screen and to the documents. Under Scenarios you add a scenario (empty or with another's estimates), rename it or delete it; the base scenario stays.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="159" />
      <source>Vergelijk met scenario</source>
      <translation>Compare with scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="160" />
      <source>Zet de opgave onder een ander scenario naast die onder het gekozen scenario, per aandachtsgroep en per gemeente, over de hele planperiode, met het verschil (basis naast eigen scenario). Onbekend blijft onbekend: een verschil is er pas als beide opgaven bekend zijn.</source>
      <translation>Puts the gap under another scenario beside the gap under the chosen scenario, per target group and per municipality, over the whole plan period, with the difference (base beside own scenario). Unknown stays unknown: there is a difference only once both gaps are known.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="202" />
      <source>De aandachtsgroepen</source>
      <translation>The target groups</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="207" />
      <source>(geen omschrijving)</source>
      <translation>(no description)</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="181" />
      <source>Woonvormen</source>
      <translation>Housing types</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="22" />
      <source>Geef de woonzorgvisie een naam, kies de regio en de planperiode en stel de gemeenten samen. Inwoners, 65-plussers, huishoudens en woningen komen uit het CBS (peildatum 1 januari 2024). Het aantal sociale huurwoningen is een raming (schuin op lichtblauw): het aandeel woningen in bezit van woningcorporaties (CBS, vermoedelijk 1 januari 2023) × de woningvoorraad. Vervang het door het echte aantal uit CBS StatLine (Woningvoorraad naar eigendom), het dashboard 'Een thuis voor iedereen' van Datawonen of van de woningcorporaties. De geplande nieuwbouw vult u zelf in. Een cijfer dat u overschrijft, wordt gemarkeerd als 'ingevuld'.</source>
      <translation>Give the housing and care vision a name, choose the region and the plan period and put together the municipalities. Inhabitants, people aged 65 and over, households and dwellings come from CBS (reference date 1 January 2024). The number of social rent dwellings is an estimate (italics on light blue): the share of dwellings owned by housing associations (CBS, probably 1 January 2023) × the housing stock. Replace it with the actual number from CBS StatLine (housing stock by ownership), the Datawonen dashboard 'Een thuis voor iedereen' or the housing associations. You enter the planned new construction yourself. A figure you overwrite is marked as 'entered'.</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="185" />
      <source>Begeleidingsniveaus</source>
      <translation>Support levels</translation>
    </message>
    <message>
      <location filename="../../app/views/help_texts.py" line="216" />
      <source>Verplicht urgenten in deze visie</source>
      <translation>Mandatory urgency categories in this vision</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../app/views/import_dialog.py" line="43" />
      <source>Werkboeken inlezen: controle</source>
      <translation>Import workbooks: review</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="50" />
      <source>Alleen de &amp;goede regels inlezen uit werkboeken met fouten</source>
      <translation>Import only the &amp;valid rows from workbooks with errors</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="71" />
      <source>Wijzigingen ({0})</source>
      <translation>Changes ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="72" />
      <source>Afgewezen cellen ({0})</source>
      <translation>Rejected cells ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="73" />
      <source>Conflicten ({0})</source>
      <translation>Conflicts ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="74" />
      <source>Niet gelezen ({0})</source>
      <translation>Not read ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="77" />
      <source>Afspraken ({0})</source>
      <translation>Agreements ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="92" />
      <source>&amp;Toepassen</source>
      <translation>&amp;Apply</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="111" />
      <source>{0} cel(len) krijgen een nieuwe waarde; {1} ongewijzigd.</source>
      <translation>{0} cell(s) get a new value; {1} unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="117" />
      <source>{0} realisatie(s) van afspraken krijgen een nieuwe waarde.</source>
      <translation>{0} realised value(s) of agreements get a new value.</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="124" />
      <source>{0} realisatie(s) verschillen tussen werkboeken; die blijven zoals ze zijn.</source>
      <translation>{0} realised value(s) differ between workbooks; they stay as they are.</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="130" />
      <source>Uit {0} is niets overgenomen omdat er fouten in staan (zie 'Afgewezen cellen').</source>
      <translation>Nothing was taken from {0} because it contains errors (see 'Rejected cells').</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="137" />
      <source>{0} cel(len) hebben verschillende waarden in verschillende werkboeken; die blijven zoals ze zijn.</source>
      <translation>{0} cell(s) have different values in different workbooks; they are left as they are.</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="143" />
      <source>{0} bestand(en) konden niet worden gelezen.</source>
      <translation>{0} file(s) could not be read.</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="159" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="160" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="161" />
      <source>Woonvorm</source>
      <translation>Housing type</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="162" />
      <source>Soort aanbod</source>
      <translation>Type of supply</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="163" />
      <location filename="../../app/views/import_dialog.py" line="174" />
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="164" />
      <location filename="../../app/views/import_dialog.py" line="176" />
      <source>Oud</source>
      <translation>Old</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="166" />
      <location filename="../../app/views/import_dialog.py" line="179" />
      <source>Nieuw</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="168" />
      <location filename="../../app/views/import_dialog.py" line="181" />
      <location filename="../../app/views/import_dialog.py" line="186" />
      <location filename="../../app/views/import_dialog.py" line="206" />
      <source>Werkboek</source>
      <translation>Workbook</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="173" />
      <source>Afspraak</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="187" />
      <source>Blad</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="188" />
      <source>Rij</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="189" />
      <source>Kolom</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="190" />
      <source>Waarde</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="191" />
      <location filename="../../app/views/import_dialog.py" line="207" />
      <source>Waarom</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="196" />
      <source>Cel</source>
      <translation>Cell</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="197" />
      <source>Nu</source>
      <translation>Now</translation>
    </message>
    <message>
      <location filename="../../app/views/import_dialog.py" line="199" />
      <source>Voorstellen</source>
      <translation>Proposals</translation>
    </message>
  </context>
  <context>
    <name>Launcher</name>
    <message>
      <location filename="../../app/views/application.py" line="83" />
      <source>&amp;Gegevens overnemen in een nieuw bestand…</source>
      <translation>&amp;Take the data over into a new file…</translation>
    </message>
    <message>
      <location filename="../../app/views/application.py" line="91" />
      <source>Gegevens overnemen in</source>
      <translation>Take the data over into</translation>
    </message>
    <message>
      <location filename="../../app/views/application.py" line="93" />
      <source>Thuisplan-bestanden (*.thuisplan)</source>
      <translation>Thuisplan files (*.thuisplan)</translation>
    </message>
    <message>
      <location filename="../../app/views/application.py" line="116" />
      <source>&amp;Alleen-lezen openen</source>
      <translation>Open &amp;read-only</translation>
    </message>
    <message>
      <location filename="../../app/views/application.py" line="121" />
      <source>&amp;Vergrendeling overnemen…</source>
      <translation>&amp;Take over the lock…</translation>
    </message>
    <message>
      <location filename="../../app/views/application.py" line="215" />
      <source>Woonzorgvisie openen</source>
      <translation>Open housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/application.py" line="217" />
      <source>Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)</source>
      <translation>Thuisplan files (*.thuisplan);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/application.py" line="290" />
      <source>De nieuwe taal gaat in als u Thuisplan opnieuw start.</source>
      <translation>The new language will take effect when you restart Thuisplan.</translation>
    </message>
  </context>
  <context>
    <name>LoadingPage</name>
    <message>
      <location filename="../../app/views/widgets/loading_page.py" line="25" />
      <source>Deze stap wordt geopend…</source>
      <translation>Opening this step…</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/loading_page.py" line="32" />
      <source>Bezig met openen</source>
      <translation>Opening</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/views/main_window.py" line="165" />
      <source>Stappen</source>
      <translation>Steps</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="185" />
      <source>« V&amp;orige</source>
      <translation>« &amp;Previous</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="186" />
      <source>&amp;Volgende »</source>
      <translation>&amp;Next »</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="204" />
      <source>Uitleg</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="219" />
      <source>&amp;Bestand</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="222" />
      <source>&amp;Nieuwe woonzorgvisie…</source>
      <translation>&amp;New housing and care vision…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="227" />
      <source>&amp;Openen…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="229" />
      <source>&amp;Voorbeeld openen</source>
      <translation>Open &amp;example</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="231" />
      <source>Overzicht van &amp;meerdere visies…</source>
      <translation>Overview of &amp;multiple visions…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="234" />
      <source>Opslaan &amp;als…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="237" />
      <source>&amp;Recente bestanden</source>
      <translation>&amp;Recent files</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="241" />
      <source>&amp;Sluiten</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="243" />
      <source>&amp;Afsluiten</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="257" />
      <source>(nog geen)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="260" />
      <source>Be&amp;werken</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="261" />
      <source>&amp;Ongedaan maken</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="263" />
      <source>O&amp;pnieuw</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="270" />
      <source>&amp;Normen en verplicht urgenten…</source>
      <translation>&amp;Norms and urgency categories…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="275" />
      <source>&amp;Stappen</source>
      <translation>&amp;Steps</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="276" />
      <source>&amp;Vorige stap</source>
      <translation>&amp;Previous step</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="278" />
      <source>V&amp;olgende stap</source>
      <translation>&amp;Next step</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="292" />
      <source>Bee&amp;ld</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="294" />
      <source>&amp;Uitleg tonen</source>
      <translation>&amp;Show help</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="300" />
      <source>&amp;Presentatiemodus (grote letters)</source>
      <translation>&amp;Presentation mode (large text)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="306" />
      <source>&amp;Volledig scherm</source>
      <translation>&amp;Full screen</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="310" />
      <source>&amp;Controle van de cijfers…</source>
      <translation>&amp;Check the figures…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="316" />
      <source>&amp;Sociale huur in Nederland…</source>
      <translation>Social rent in the &amp;Netherlands…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="319" />
      <source>&amp;Taal</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="214" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="215" />
      <source>&amp;Sneltoetsen</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="216" />
      <source>&amp;Over Thuisplan</source>
      <translation>&amp;About Thuisplan</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="474" />
      <source>compleet</source>
      <translation>complete</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="475" />
      <source>vraagt aandacht</source>
      <translation>needs attention</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="476" />
      <source>nog niet begonnen</source>
      <translation>not started</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="486" />
      <source> [alleen-lezen]</source>
      <translation> [read-only]</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="492" />
      <source>Woonzorgvisie openen</source>
      <translation>Open housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="494" />
      <source>Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)</source>
      <translation>Thuisplan files (*.thuisplan);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="503" />
      <source>Opslaan als</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="505" />
      <source>Thuisplan-bestanden (*.thuisplan)</source>
      <translation>Thuisplan files (*.thuisplan)</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="594" />
      <source>&amp;Opslaan als…</source>
      <translation>&amp;Save as…</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="595" />
      <source>&amp;Later</source>
      <translation>&amp;Later</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="610" />
      <source>Sneltoetsen</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../app/views/main_window.py" line="617" />
      <source>Over Thuisplan</source>
      <translation>About Thuisplan</translation>
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="123" />
      <source>Beschrijf per actielijn de ambitie van de regio en de maatregelen, met trekker en jaar.</source>
      <translation>For each line of action, describe the region's ambition and the measures, with a lead and a year.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="136" />
      <source>Actielijn &amp;{0}</source>
      <translation>Line of action &amp;{0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="154" />
      <source>Ambitie wijzigen</source>
      <translation>Change ambition</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="162" />
      <source>Maatregel toevoegen</source>
      <translation>Add measure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="161" />
      <source>Nieuwe maatregel</source>
      <translation>New measure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="168" />
      <source>Maatregel wijzigen</source>
      <translation>Edit measure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/measures_page.py" line="182" />
      <source>Maatregel verwijderen</source>
      <translation>Delete measure</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="../../app/views/widgets/message_bar.py" line="14" />
      <source>Melding</source>
      <translation>Message</translation>
    </message>
  </context>
  <context>
    <name>Monitor</name>
    <message>
      <location filename="../../app/views/models/monitor_models.py" line="26" />
      <source>gerealiseerd</source>
      <translation>realised</translation>
    </message>
    <message>
      <location filename="../../app/views/models/monitor_models.py" line="27" />
      <source>op schema</source>
      <translation>on track</translation>
    </message>
    <message>
      <location filename="../../app/views/models/monitor_models.py" line="28" />
      <source>achter</source>
      <translation>behind</translation>
    </message>
    <message>
      <location filename="../../app/views/models/monitor_models.py" line="29" />
      <source>onbekend</source>
      <translation>unknown</translation>
    </message>
  </context>
  <context>
    <name>MonitorChartTab</name>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="285" />
      <source>Aandachtsgroep van de grafiek</source>
      <translation>Target group of the chart</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="287" />
      <source>Gemeente van de grafiek</source>
      <translation>Municipality of the chart</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="288" />
      <source>Aandachtsgroep:</source>
      <translation>Target group:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_tabs.py" line="290" />
      <source>Gemeente:</source>
      <translation>Municipality:</translation>
    </message>
  </context>
  <context>
    <name>MonitorPage</name>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="74" />
      <source>&amp;Gerealiseerd</source>
      <translation>&amp;Delivered</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="78" />
      <source>&amp;Afspraken</source>
      <translation>&amp;Agreements</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="81" />
      <source>G&amp;rafiek</source>
      <translation>Cha&amp;rt</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="83" />
      <source>Wat is v&amp;eranderd</source>
      <translation>What chan&amp;ged</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="89" />
      <source>Kies een meting (of voeg er een toe, bijvoorbeeld per 1-1-2027) en vul in wat er per jaar is gerealiseerd. Een leeg vak is onbekend; vul 0 in als er niets kwam. De status van elke afspraak wordt berekend uit doel, realisatie en het deel van het jaar dat voorbij is.</source>
      <translation>Choose a measurement (or add one, for instance as of 1-1-2027) and enter what was delivered per year. An empty cell is unknown; enter 0 if nothing came. The status of each agreement is computed from target, realisation and the part of the year that has passed.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="98" />
      <source>Meting</source>
      <translation>Measurement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="101" />
      <source>bijv. 1-1-2027</source>
      <translation>e.g. 1-1-2027</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="102" />
      <source>Datum van de nieuwe meting</source>
      <translation>Date of the new measurement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="103" />
      <source>Meting &amp;toevoegen</source>
      <translation>Add measuremen&amp;t</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="105" />
      <source>Meting verw&amp;ijderen</source>
      <translation>D&amp;elete measurement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="108" />
      <source>&amp;Meting:</source>
      <translation>Measure&amp;ment:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="122" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="124" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="125" />
      <source>Aandachtsgroep:</source>
      <translation>Target group:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="127" />
      <source>Gemeente:</source>
      <translation>Municipality:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="132" />
      <source>Hier staat wat bij deze meting is ingevuld. Een cijfer dat deze meting niet heeft, neemt de monitor over van de laatste meting ervoor die het wel heeft.</source>
      <translation>This shows what was entered for this measurement. A figure this measurement lacks is taken by the monitor from the latest earlier measurement that has it.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="141" />
      <source>Gerealiseerd aanbod</source>
      <translation>Delivered supply</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="181" />
      <source>Alle gemeenten</source>
      <translation>All municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="183" />
      <source>Regio</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="222" />
      <source>Meting toevoegen</source>
      <translation>Add measurement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="236" />
      <source>Meting verwijderen</source>
      <translation>Delete measurement</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="241" />
      <source>Gerealiseerd wijzigen</source>
      <translation>Change delivered figures</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="249" />
      <location filename="../../app/views/pages/monitor_page.py" line="266" />
      <source>Voeg eerst een meting toe.</source>
      <translation>Add a measurement first.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="254" />
      <source>
… en nog {0} fout(en).</source>
      <translation>
… and {0} more error(s).</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="279" />
      <source>Realisatie wijzigen</source>
      <translation>Change realisation</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="285" />
      <source>Status overschrijven</source>
      <translation>Override status</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/monitor_page.py" line="285" />
      <source>Berekende status volgen</source>
      <translation>Follow computed status</translation>
    </message>
  </context>
  <context>
    <name>MonitorWorkbooks</name>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="28" />
      <source>&amp;Werkboeken voor de meting…</source>
      <translation>&amp;Workbooks for the measurement…</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="30" />
      <source>Ingevulde werkboeken &amp;inlezen…</source>
      <translation>&amp;Import filled-in workbooks…</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="53" />
      <location filename="../../app/views/monitor_workbooks.py" line="78" />
      <source>Voeg eerst een meting toe.</source>
      <translation>Add a measurement first.</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="55" />
      <source>Map voor de monitoringswerkboeken</source>
      <translation>Folder for the monitoring workbooks</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="66" />
      <source>{0} werkboek(en) gemaakt in {1}.</source>
      <translation>{0} workbook(s) written to {1}.</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="83" />
      <source>Ingevulde monitoringswerkboeken</source>
      <translation>Filled-in monitoring workbooks</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="85" />
      <source>Excel-werkboeken (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="110" />
      <source>Inlezen afgebroken; er is niets gewijzigd.</source>
      <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="113" />
      <source>Monitoringswerkboeken inlezen ({0} waarden)</source>
      <translation>Import monitoring workbooks ({0} values)</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="118" />
      <source>{0} waarde(n) ingelezen bij de {1}. Ongedaan maken kan met Ctrl+Z.</source>
      <translation>{0} value(s) imported into the {1}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../app/views/monitor_workbooks.py" line="131" />
      <source>Bezig…</source>
      <translation>Working…</translation>
    </message>
  </context>
  <context>
    <name>MunicipalityPicker</name>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="52" />
      <source>Naam of code, bv. Delft of 0503</source>
      <translation>Name or code, e.g. Delft or 0503</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="54" />
      <source>Gemeente zoeken</source>
      <translation>Search for a municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="56" />
      <source>Provincie</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="57" />
      <source>Alle provincies</source>
      <translation>All provinces</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="61" />
      <source>COROP-gebied</source>
      <translation>COROP region</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="62" />
      <source>Alle COROP-gebieden</source>
      <translation>All COROP regions</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="74" />
      <source>Gevonden gemeenten</source>
      <translation>Municipalities found</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="75" />
      <source>&amp;Toevoegen</source>
      <translation>A&amp;dd</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="79" />
      <source>&amp;Zoeken:</source>
      <translation>Sear&amp;ch:</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="131" />
      <source>{0} gemeenten</source>
      <translation>{0} municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/municipality_picker.py" line="131" />
      <source>1 gemeente</source>
      <translation>1 municipality</translation>
    </message>
  </context>
  <context>
    <name>NeedPage</name>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="42" />
      <source>Hoeveel woningen heeft de groep per jaar nodig, per woonvorm die de groep gebruikt? Een leeg vak is onbekend; vul 0 in als er geen behoefte is. Een raming staat schuin op lichtblauw.</source>
      <translation>How many homes does the group need per year, per housing type the group uses? An empty cell is unknown; enter 0 if there is no need. An estimate is shown in italics on light blue.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="53" />
      <source>&amp;Raming maken…</source>
      <translation>Make estim&amp;ate…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="56" />
      <source>Vul de lege cellen van een groep met een onderbouwde eerste schatting (formule, parameters en bron); wat u invulde blijft staan.</source>
      <translation>Fill a group's empty cells with a substantiated first estimate (formula, parameters and source); what you entered stays.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="61" />
      <source>Raming verw&amp;ijderen</source>
      <translation>Remove est&amp;imate</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="63" />
      <source>Haal de raming van deze groep weg in dit scenario; ingevulde cijfers blijven.</source>
      <translation>Remove this group's estimate in this scenario; entered figures stay.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="111" />
      <source>Geen raming in scenario '{0}'. Met Raming maken… vult Thuisplan de lege cellen met een onderbouwde eerste schatting.</source>
      <translation>No estimate in scenario '{0}'. With Make estimate… Thuisplan fills the empty cells with a substantiated first estimate.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="116" />
      <source>De raming in scenario '{0}' is onbruikbaar: {1} Maak haar opnieuw met Raming maken…</source>
      <translation>The estimate in scenario '{0}' cannot be used: {1} Make it again with Make estimate…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="121" />
      <source>Raming in scenario '{0}': {1}. Wijs een geraamde cel aan voor de formule.</source>
      <translation>Estimate in scenario '{0}': {1}. Point at an estimated cell for the formula.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="153" />
      <source>Raming {0} verwijderen</source>
      <translation>Remove estimate {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/need_page.py" line="194" />
      <source>Geraamd: {0}</source>
      <translation>Estimated: {0}</translation>
    </message>
  </context>
  <context>
    <name>NewScenarioDialog</name>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="145" />
      <location filename="../../app/views/widgets/scenario_bar.py" line="176" />
      <source>Scenario toevoegen</source>
      <translation>Add scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="150" />
      <source>bijvoorbeeld: ambitieus</source>
      <translation>for example: ambitious</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="152" />
      <source>geen: een leeg scenario</source>
      <translation>none: an empty scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="157" />
      <source>&amp;Naam:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="158" />
      <source>&amp;Ramingen overnemen van:</source>
      <translation>Copy &amp;estimates from:</translation>
    </message>
  </context>
  <context>
    <name>NewVisionDialog</name>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="39" />
      <source>Nieuwe woonzorgvisie</source>
      <translation>New housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="89" />
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="90" />
      <source>&amp;Bladeren…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="62" />
      <source>&amp;Naam:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="63" />
      <source>&amp;Regio:</source>
      <translation>&amp;Region:</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="82" />
      <source>t/m</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="64" />
      <source>&amp;Planperiode:</source>
      <translation>&amp;Plan period:</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="67" />
      <source>&amp;Auteur:</source>
      <translation>&amp;Author:</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="68" />
      <source>Op&amp;slaan in:</source>
      <translation>Save &amp;in:</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="102" />
      <source>Gekozen gemeenten</source>
      <translation>Selected municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="103" />
      <source>&amp;Weghalen</source>
      <translation>Re&amp;move</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="105" />
      <source>Gemeenten</source>
      <translation>Municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="109" />
      <source>Gekozen:</source>
      <translation>Selected:</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="119" />
      <source>&amp;Maken</source>
      <translation>Cr&amp;eate</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="154" />
      <source>Woonzorgvisie</source>
      <translation>Housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="160" />
      <source>Opslaan in</source>
      <translation>Save in</translation>
    </message>
    <message>
      <location filename="../../app/views/new_vision_dialog.py" line="162" />
      <source>Thuisplan-bestanden (*.thuisplan)</source>
      <translation>Thuisplan files (*.thuisplan)</translation>
    </message>
  </context>
  <context>
    <name>NormsDialog</name>
    <message>
      <location filename="../../app/views/norms/dialog.py" line="25" />
      <source>Normen en verplicht urgenten</source>
      <translation>Norms and urgency categories</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/dialog.py" line="31" />
      <source>&amp;Normen</source>
      <translation>&amp;Norms</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/dialog.py" line="32" />
      <source>&amp;Wat verandert er?</source>
      <translation>&amp;What changes?</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/dialog.py" line="33" />
      <source>&amp;Verplicht urgenten</source>
      <translation>&amp;Urgency categories</translation>
    </message>
  </context>
  <context>
    <name>NormsTab</name>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="55" />
      <source>Bron van de gekozen norm</source>
      <translation>Source of the chosen norm</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="61" />
      <source>Normenset</source>
      <translation>Norm set</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="67" />
      <source>Normenset om te volgen</source>
      <translation>Norm set to follow</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="71" />
      <source>Deze normenset &amp;volgen</source>
      <translation>&amp;Follow this norm set</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="87" />
      <source>Norm</source>
      <translation>Norm</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="88" />
      <source>Waarde</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="89" />
      <source>Getoetst</source>
      <translation>Tested</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="90" />
      <source>Peildatum</source>
      <translation>Reference date</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="91" />
      <source>Eigen waarde sinds</source>
      <translation>Own value since</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="97" />
      <source>Normen van deze visie</source>
      <translation>Norms of this vision</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="109" />
      <source>Eigen waarde voor de gekozen norm</source>
      <translation>Own value for the chosen norm</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="111" />
      <source>bijv. 25 %</source>
      <translation>e.g. 25 %</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="114" />
      <source>bijv. 1-1-2026</source>
      <translation>e.g. 1-1-2026</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="116" />
      <source>&amp;Aandeel:</source>
      <translation>&amp;Share:</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="117" />
      <source>&amp;Bron:</source>
      <translation>&amp;Source:</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="118" />
      <source>&amp;Peildatum:</source>
      <translation>&amp;Reference date:</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="119" />
      <source>Eigen waarde &amp;vastleggen</source>
      <translation>&amp;Set own value</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="121" />
      <source>&amp;Terugzetten naar de normenset</source>
      <translation>&amp;Reset to the norm set</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="124" />
      <source>Landelijk gemiddelde van het &amp;dashboard (26 %, 2021)</source>
      <translation>National average of the &amp;dashboard (26 %, 2021)</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="148" />
      <source>Normenset kiezen</source>
      <translation>Choose norm set</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="155" />
      <location filename="../../app/views/norms/norms_tab.py" line="180" />
      <source>Kies eerst een norm in de tabel.</source>
      <translation>First choose a norm in the table.</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="163" />
      <source>Vul een aandeel in tussen 0 en 100 %.</source>
      <translation>Enter a share between 0 and 100 %.</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="169" />
      <source>Eigen waarde voor een norm</source>
      <translation>Own value for a norm</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="182" />
      <source>Norm terugzetten</source>
      <translation>Reset norm</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="187" />
      <source>Landelijk gemiddelde van het dashboard gebruiken</source>
      <translation>Use the dashboard national average</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="198" />
      <source>Wie moet bouwen: {0}.</source>
      <translation>Who must build: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="199" />
      <source>Bron: {0}.</source>
      <translation>Source: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="203" />
      <source>Uit de bron: {0}</source>
      <translation>From the source: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="216" />
      <source>een onbekende normenset ('{0}')</source>
      <translation>an unknown norm set ('{0}')</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="218" />
      <source>Deze visie volgt: &lt;b&gt;{0}&lt;/b&gt;</source>
      <translation>This vision follows: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="248" />
      <source>Deze visie volgt een normenset die deze versie van Thuisplan niet kent ('{0}'): de normen blijven zoals ze in het bestand staan. Kies een normenset om ze te vervangen.</source>
      <translation>This vision follows a norm set this version of Thuisplan does not know ('{0}'): the norms stay as they are in the file. Choose a norm set to replace them.</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/norms_tab.py" line="255" />
      <source>Er is een nieuwere normenset: {0}. De normen van deze visie blijven zoals ze zijn tot u een andere normenset volgt. Bekijk eerst wat er verandert.</source>
      <translation>There is a newer norm set: {0}. The norms of this vision stay as they are until you follow another norm set. See first what changes.</translation>
    </message>
  </context>
  <context>
    <name>Numbers</name>
    <message>
      <location filename="../../app/views/numbers.py" line="14" />
      <source>onbekend</source>
      <translation>unknown</translation>
    </message>
  </context>
  <context>
    <name>OlderPeopleEditor</name>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="100" />
      <source>Inwoners van 65+ in Nederland:</source>
      <translation>Inhabitants aged 65+ in the Netherlands:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="105" />
      <source>Landelijke opgave {0}:</source>
      <translation>National target {0}:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="110" />
      <source>t/m</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="113" />
      <source>Jaren van de opgave:</source>
      <translation>Years of the target:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="117" />
      <source>Bron:</source>
      <translation>Source:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="118" />
      <source>Cijfers van het &amp;programma terugzetten</source>
      <translation>Restore the &amp;programme's figures</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="145" />
      <source>Inwoners van 65+</source>
      <translation>Inhabitants aged 65+</translation>
    </message>
  </context>
  <context>
    <name>OverviewColumns</name>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="88" />
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="89" />
      <source>Woonzorgvisie</source>
      <translation>Housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="90" />
      <location filename="../../app/views/models/overview_models.py" line="218" />
      <source>Regio</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="91" />
      <source>Planperiode</source>
      <translation>Plan period</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="92" />
      <location filename="../../app/views/models/overview_models.py" line="170" />
      <source>Gemeenten</source>
      <translation>Municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="93" />
      <source>Ook in een andere visie</source>
      <translation>Also in another vision</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="95" />
      <source>Gelezen</source>
      <translation>Read</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="105" />
      <source>Niet geopend: {0}</source>
      <translation>Not opened: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="106" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="112" />
      <location filename="../../app/views/models/overview_models.py" line="220" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="113" />
      <location filename="../../app/views/models/overview_models.py" line="169" />
      <location filename="../../app/views/models/overview_models.py" line="216" />
      <source>Visie</source>
      <translation>Vision</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="128" />
      <source>Eigen planperiode</source>
      <translation>Own plan period</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="150" />
      <location filename="../../app/views/models/overview_models.py" line="243" />
      <source>buiten</source>
      <translation>outside</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="155" />
      <source>Deze visie heeft deze aandachtsgroep niet (aan).</source>
      <translation>This vision does not have this target group (switched on).</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="157" />
      <source>{0} valt buiten de planperiode van deze visie ({1}–{2}): onbekend.</source>
      <translation>{0} is outside the plan period of this vision ({1}–{2}): unknown.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="163" />
      <source>niet in deze visie</source>
      <translation>not in this vision</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="171" />
      <source>Sociale huur nu</source>
      <translation>Social rent now</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="172" />
      <source>Eind planperiode</source>
      <translation>End of plan period</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="174" />
      <source>Nodig in nieuwbouw</source>
      <translation>Needed in new construction</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="178" />
      <source>Betaalbaar in nieuwbouw</source>
      <translation>Affordable in new construction</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="181" />
      <source>Gemeenten onder streven</source>
      <translation>Municipalities below the goal</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="183" />
      <source>Onder landelijk gemiddelde</source>
      <translation>Below the national average</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="187" />
      <source>Streven niet haalbaar</source>
      <translation>Goal out of reach</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="189" />
      <source>Onder norm betaalbaar</source>
      <translation>Below the affordability norm</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="209" />
      <source>{0} van {1}</source>
      <translation>{0} of {1}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="211" />
      <source>({0} onbekend)</source>
      <translation>({0} unknown)</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="217" />
      <source>Afspraak</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="218" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="245" />
      <source>geen status</source>
      <translation>no status</translation>
    </message>
    <message>
      <location filename="../../app/views/models/overview_models.py" line="251" />
      <source>Doel {0}, gerealiseerd {1}</source>
      <translation>Target {0}, realised {1}</translation>
    </message>
  </context>
  <context>
    <name>OverviewWindow</name>
    <message>
      <location filename="../../app/views/overview_window.py" line="46" />
      <source>Overzicht van meerdere visies – Thuisplan</source>
      <translation>Overview of multiple visions – Thuisplan</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="73" />
      <source>Zet woonzorgvisies naast elkaar, bijvoorbeeld alle regio's van een provincie. De bestanden worden alleen gelezen, nooit gewijzigd. Aandachtsgroepen met dezelfde naam worden samen getoond; '—': de visie heeft de groep niet. 'buiten': het jaar valt buiten de planperiode van de visie (onbekend, geen 0).</source>
      <translation>Put housing and care visions side by side, for example all regions of a province. The files are only read, never changed. Target groups with the same name are shown together; '—': the vision does not have the group. 'outside': the year is outside the vision's plan period (unknown, not 0).</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="83" />
      <source>&amp;Bestanden toevoegen…</source>
      <translation>Add &amp;files…</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="84" />
      <source>&amp;Map toevoegen…</source>
      <translation>Add f&amp;older…</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="85" />
      <source>&amp;Leegmaken</source>
      <translation>&amp;Clear</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="86" />
      <source>Opslaan als &amp;Excel…</source>
      <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="99" />
      <source>&amp;Afbreken</source>
      <translation>C&amp;ancel</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="117" />
      <source>Visies</source>
      <translation>Visions</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="117" />
      <source>&amp;Visies</source>
      <translation>&amp;Visions</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="118" />
      <source>&amp;Cijfers per groep</source>
      <translation>Figures per &amp;group</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="120" />
      <source>Sociale huur</source>
      <translation>Social rent</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="120" />
      <source>&amp;Sociale huur</source>
      <translation>&amp;Social rent</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="123" />
      <source>Prestatieafspraken</source>
      <translation>Performance agreements</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="124" />
      <source>&amp;Prestatieafspraken</source>
      <translation>&amp;Performance agreements</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="132" />
      <source>Woonbehoefte</source>
      <translation>Housing need</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="133" />
      <source>Aanbod</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="134" />
      <source>Opgave (behoefte − aanbod)</source>
      <translation>Gap (need − capacity)</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="135" />
      <source>Tekort</source>
      <translation>Shortage</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="136" />
      <source>Overschot</source>
      <translation>Surplus</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="144" />
      <source>&amp;Toon:</source>
      <translation>S&amp;how:</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="153" />
      <source>Cijfers per groep</source>
      <translation>Figures per group</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="171" />
      <source>Woonzorgvisies toevoegen</source>
      <translation>Add housing and care visions</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="173" />
      <source>Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)</source>
      <translation>Thuisplan files (*.thuisplan);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="178" />
      <source>Map met woonzorgvisies</source>
      <translation>Folder with housing and care visions</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="188" />
      <source>Visies lezen…</source>
      <translation>Reading visions…</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="191" />
      <source>{0} visie(s) gelezen.</source>
      <translation>{0} vision(s) read.</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="207" />
      <source>Overzicht opslaan als</source>
      <translation>Save overview as</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="208" />
      <source>Overzicht van visies.xlsx</source>
      <translation>Overview of visions.xlsx</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="209" />
      <source>Excel-werkboeken (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="215" />
      <source>Opslaan…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="218" />
      <source>Opgeslagen: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="241" />
      <source>Afgebroken; wat al getoond werd, blijft staan.</source>
      <translation>Cancelled; what was already shown stays.</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="278" />
      <source>{0} bestand(en) niet geopend; de reden staat op het tabblad Visies.</source>
      <translation>{0} file(s) not opened; the reason is on the Visions tab.</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="284" />
      <source> en {0} meer</source>
      <translation> and {0} more</translation>
    </message>
    <message>
      <location filename="../../app/views/overview_window.py" line="287" />
      <source>Let op: {0} gemeente(n) staan in meer dan één visie ({1}{2}); hun cijfers tellen in elk van die visies mee.</source>
      <translation>Note: {0} municipality(ies) appear in more than one vision ({1}{2}); their figures count in each of those visions.</translation>
    </message>
  </context>
  <context>
    <name>PartiesDialog</name>
    <message>
      <location filename="../../app/views/pages/agreements_page.py" line="78" />
      <source>Partijen bij de afspraak</source>
      <translation>Parties to the agreement</translation>
    </message>
  </context>
  <context>
    <name>PartnersPage</name>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="103" />
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="35" />
      <source>Met wie maakt u afspraken? Een partner zonder gemeente werkt regionaal.</source>
      <translation>Who do you make agreements with? A partner without a municipality works regionally.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="54" />
      <source>Naam van de partner</source>
      <translation>Partner name</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="55" />
      <source>Naam van de nieuwe partner</source>
      <translation>Name of the new partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="57" />
      <source>Soort partner</source>
      <translation>Type of partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="61" />
      <source>Gemeente van de partner</source>
      <translation>Partner's municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="62" />
      <source>Partner &amp;toevoegen</source>
      <translation>&amp;Add partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="70" />
      <source>&amp;Soort:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="71" />
      <source>&amp;Gemeente:</source>
      <translation>&amp;Municipality:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="82" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="84" />
      <source>Soort</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="91" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="43" />
      <source>Partner &amp;verwijderen</source>
      <translation>&amp;Delete partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="111" />
      <location filename="../../app/views/pages/partners_page.py" line="115" />
      <source>Regionaal</source>
      <translation>Regional</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="124" />
      <source>Partner toevoegen</source>
      <translation>Add partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="134" />
      <source>Partner hernoemen</source>
      <translation>Rename partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="137" />
      <source>Soort partner wijzigen</source>
      <translation>Change type of partner</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="141" />
      <source>Gemeente van partner wijzigen</source>
      <translation>Change partner's municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="153" />
      <source>Partner {0} verwijderen</source>
      <translation>Delete partner {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/partners_page.py" line="160" />
      <source>{0} partners verwijderen</source>
      <translation>Delete {0} partners</translation>
    </message>
  </context>
  <context>
    <name>PlausibilityDialog</name>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="31" />
      <source>Controle van de cijfers</source>
      <translation>Check the figures</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="50" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="51" />
      <source>Aandachtsgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="52" />
      <source>Woonvorm</source>
      <translation>Housing type</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="53" />
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="54" />
      <source>Cijfer</source>
      <translation>Figure</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="55" />
      <source>Waarschuwing</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="81" />
      <source>De cijfers worden gecontroleerd…</source>
      <translation>Checking the figures…</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="92" />
      <source>Thuisplan vindt deze ingevoerde cijfers onwaarschijnlijk voor de omvang van de gemeente. Een waarschuwing is geen fout: controleer het cijfer bij de bron. Dubbelklik om het cijfer te tonen. Aantal waarschuwingen: {0}.</source>
      <translation>Thuisplan finds these entered figures unlikely for the size of the municipality. A warning is not an error: check the figure against its source. Double-click to show the figure. Number of warnings: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="97" />
      <source>Geen waarschuwingen: alle ingevoerde cijfers zijn aannemelijk.</source>
      <translation>No warnings: every entered figure is plausible.</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="110" />
      <source>{0}
Bron: {1}.</source>
      <translation>{0}
Source: {1}.</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="120" />
      <source>alle woonvormen</source>
      <translation>all housing types</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="124" />
      <source>Aanbod</source>
      <translation>Supply</translation>
    </message>
    <message>
      <location filename="../../app/views/plausibility_dialog.py" line="124" />
      <source>Woonbehoefte</source>
      <translation>Housing need</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <location filename="../../app/views/presentation_window.py" line="26" />
      <source>Thuisplan – presentatie</source>
      <translation>Thuisplan – presentation</translation>
    </message>
    <message>
      <location filename="../../app/views/presentation_window.py" line="29" />
      <source>← → grafiek   ↑ ↓ gemeente   G aandachtsgroep   Esc sluiten</source>
      <translation>← → chart   ↑ ↓ municipality   G target group   Esc close</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../app/views/gui_check.py" line="76" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>RateEditor</name>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="318" />
      <source>Ba&amp;sis:</source>
      <translation>Ba&amp;se:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="320" />
      <source>&amp;Aantal per 1.000 per jaar:</source>
      <translation>&amp;Number per 1,000 per year:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="322" />
      <source>verplicht: waar komt het aantal vandaan?</source>
      <translation>required: where does the number come from?</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="323" />
      <source>B&amp;ron:</source>
      <translation>S&amp;ource:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="326" />
      <source>Verdeling over woonvormen:</source>
      <translation>Split over housing types:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="338" />
      <source>Aantal per 1.000</source>
      <translation>Number per 1,000</translation>
    </message>
  </context>
  <context>
    <name>RegionPage</name>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="67" />
      <source>Geef de visie een naam, kies de planperiode en stel de gemeenten samen. Vervang per gemeente de raming van de sociale huurwoningen door het echte aantal en vul de geplande nieuwbouw in.</source>
      <translation>Name the vision, choose the plan period and put together the municipalities. Replace each municipality's estimate of the social rent dwellings with the actual number and enter the planned new construction.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="80" />
      <source>Gemeenten kiezen</source>
      <translation>Choose municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="89" />
      <source>Woonzorgvisie</source>
      <translation>Housing and care vision</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="102" />
      <source>t/m</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="106" />
      <source>&amp;Naam:</source>
      <translation>Na&amp;me:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="107" />
      <source>&amp;Regio:</source>
      <translation>&amp;Region:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="108" />
      <source>&amp;Planperiode:</source>
      <translation>Plan peri&amp;od:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="111" />
      <source>&amp;Auteur:</source>
      <translation>&amp;Author:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="112" />
      <source>&amp;Status:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="123" />
      <source>&amp;Normen en verplicht urgenten…</source>
      <translation>&amp;Norms and urgency categories…</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="140" />
      <source>een onbekende normenset ('{0}')</source>
      <translation>an unknown norm set ('{0}')</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="142" />
      <source>Normen: deze visie volgt &lt;b&gt;{0}&lt;/b&gt;.</source>
      <translation>Norms: this vision follows &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="144" />
      <source>Er is een nieuwere normenset; de normen blijven zoals ze zijn.</source>
      <translation>There is a newer norm set; the norms stay as they are.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="172" />
      <source>Gegevens van de visie wijzigen</source>
      <translation>Change vision details</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="180" />
      <source>Status wijzigen</source>
      <translation>Change status</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="197" />
      <location filename="../../app/views/pages/region_page.py" line="211" />
      <source>Planperiode wijzigen</source>
      <translation>Change plan period</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="213" />
      <source>Er zijn cijfers ingevuld buiten {0}–{1}. Die vervallen (met Ongedaan maken komen ze terug). Doorgaan?</source>
      <translation>Figures have been entered outside {0}–{1}. They will be dropped (Undo brings them back). Continue?</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="221" />
      <source>Gemeenten in deze visie</source>
      <translation>Municipalities in this vision</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="225" />
      <source>Gemeenten en basiscijfers</source>
      <translation>Municipalities and baseline figures</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="233" />
      <source>Gemeente &amp;verwijderen</source>
      <translation>Remove m&amp;unicipality</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="235" />
      <source>&amp;Buurgemeenten toevoegen</source>
      <translation>Add neigh&amp;bouring municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="237" />
      <source>&amp;CBS-cijfer terugzetten</source>
      <translation>Restore CBS fi&amp;gure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="241" />
      <source>Sociale huurwoningen zijn geraamd uit het aandeel corporatiebezit (CBS) × de woningvoorraad (schuin op lichtblauw); vervang de raming door het echte aantal uit CBS StatLine (woningvoorraad naar eigendom), het Datawonen-dashboard 'Een thuis voor iedereen' of de woningcorporaties. Geplande nieuwbouw vult u zelf in. Schuin gedrukt = door u ingevuld; wijs een cijfer aan voor de bron en peildatum.</source>
      <translation>Social rent dwellings are estimated from the share owned by housing associations (CBS) × the housing stock (italics on light blue); replace the estimate with the actual number from CBS StatLine (housing stock by ownership), the Datawonen dashboard 'Een thuis voor iedereen' or the housing associations. You enter planned new construction yourself. Italics = entered by you; point at a figure for its source and reference date.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="265" />
      <source>Vul de lege cijfers aan uit de meegeleverde gegevens: 65-plussers (CBS) en de raming van de sociale huurwoningen (aandeel corporatiebezit × woningvoorraad). Ingevulde cijfers blijven staan; in één stap ongedaan te maken.</source>
      <translation>Fill in the empty figures from the data shipped with Thuisplan: people aged 65 and over (CBS) and the estimate of the social rent dwellings (share owned by housing associations × housing stock). Entered figures stay; undone in one step.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="273" />
      <source>Dit bestand mist cijfers die Thuisplan meelevert (65-plussers, raming van de sociale huurwoningen).</source>
      <translation>This file lacks figures that Thuisplan ships (people aged 65 and over, the estimate of the social rent dwellings).</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="366" />
      <source>Wat u plakt past niet in de basiscijfers vanaf deze cel.</source>
      <translation>What you paste does not fit in the baseline figures from this cell.</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="378" />
      <location filename="../../app/views/pages/region_page.py" line="387" />
      <source>Basiscijfers plakken</source>
      <translation>Paste baseline figures</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="445" />
      <source>CBS-cijfers aanv&amp;ullen ({0})</source>
      <translation>F&amp;ill in CBS figures ({0})</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="293" />
      <source>Gemeenten toevoegen</source>
      <translation>Add municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="314" />
      <source>Gemeente {0} verwijderen</source>
      <translation>Remove municipality {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="318" />
      <source>{0} gemeenten verwijderen</source>
      <translation>Remove {0} municipalities</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="328" />
      <source>Cijfer terugzetten</source>
      <translation>Restore figure</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="333" />
      <source>{0} cijfers terugzetten</source>
      <translation>Reset {0} figures</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="340" />
      <source>CBS-cijfers aanvullen</source>
      <translation>Fill in CBS figures</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/region_page.py" line="401" />
      <source>{0} wijzigen</source>
      <translation>Change {0}</translation>
    </message>
  </context>
  <context>
    <name>RegionalTest</name>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="67" />
      <source>Regio als geheel</source>
      <translation>Region as a whole</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="104" />
      <source>Woningen</source>
      <translation>Dwellings</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="105" />
      <source>Sociale
huur</source>
      <translation>Social
rent</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="106" />
      <source>Aandeel
nu</source>
      <translation>Share
now</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="108" />
      <source>Deel van de
sociale huur
in de regio</source>
      <translation>Part of the
social rent
in the region</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="114" />
      <source>Geplande
nieuwbouw</source>
      <translation>Planned
new build</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="115" />
      <source>w.v.
sociaal</source>
      <translation>of which
social</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="116" />
      <source>w.v.
betaalbaar</source>
      <translation>of which
affordable</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="117" />
      <source>Aandeel
eind {0}</source>
      <translation>Share
end {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="118" />
      <source>Aandeel
betaalbaar</source>
      <translation>Share
affordable</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="120" />
      <source>Deel van de
betaalbare
nieuwbouw
in de regio</source>
      <translation>Part of the
affordable
new build
in the region</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="125" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="148" />
      <source>{0} (geen norm in de normenset)</source>
      <translation>{0} (no norm in the norm set)</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="153" />
      <source>{0} (streven {1}: gehaald)</source>
      <translation>{0} (goal {1}: met)</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="154" />
      <source>{0} (streven {1}: niet gehaald)</source>
      <translation>{0} (goal {1}: not met)</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="157" />
      <source>{0} (norm {1}: gehaald)</source>
      <translation>{0} (norm {1}: met)</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="158" />
      <source>{0} (norm {1}: niet gehaald)</source>
      <translation>{0} (norm {1}: not met)</translation>
    </message>
  </context>
  <context>
    <name>RegionalTestPanel</name>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="172" />
      <source>Regionale toets sociale huur</source>
      <translation>Regional social rent test</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="196" />
      <source>Onbekend door ontbrekende invoer: {0}.</source>
      <translation>Unknown because of missing input: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/regional_test_table.py" line="203" />
      <source>De regio als geheel (alle gemeenten samen): sociale huur nu {0}; eind {1} {2}; betaalbaar deel van de geplande nieuwbouw {3}.</source>
      <translation>The region as a whole (all municipalities together): social rent now {0}; end of {1} {2}; affordable part of the planned new build {3}.</translation>
    </message>
  </context>
  <context>
    <name>RowTableModel</name>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="35" />
      <location filename="../../app/views/models/municipality_models.py" line="31" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="34" />
      <location filename="../../app/views/models/municipality_models.py" line="35" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="36" />
      <location filename="../../app/views/models/municipality_models.py" line="39" />
      <source>Provincie</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="37" />
      <source>COROP-gebied</source>
      <translation>COROP region</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="49" />
      <source>Woningvoorraad
{0}</source>
      <translation>Housing stock
{0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="54" />
      <source>Corporatiebezit
vermoedelijk
{0}</source>
      <translation>Association-owned
probably
{0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="59" />
      <source>Corporatie-
woningen
(raming)</source>
      <translation>Association
homes
(estimate)</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="63" />
      <source>Onder landelijk
gemiddelde</source>
      <translation>Below national
average</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="65" />
      <source>Tekort tot {0}
(woningen)</source>
      <translation>Short of {0}
(homes)</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="84" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="84" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="89" />
      <source>Aandeel corporatiebezit lager dan het landelijk gemiddelde: dat van alle gemeenten samen, gewogen met de woningvoorraad (uit hetzelfde bestand).</source>
      <translation>Share owned by housing associations below the national average: that of all municipalities together, weighted by the housing stock (from the same file).</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="95" />
      <source>{0}, peildatum {1}</source>
      <translation>{0}, reference date {1}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="100" />
      <source>Aandeel van de woningvoorraad in bezit van woningcorporaties. {0}</source>
      <translation>Share of the housing stock owned by housing associations. {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="106" />
      <source>Aandeel corporatiebezit ({0}) × woningvoorraad ({1}): een raming die twee peildata mengt.</source>
      <translation>Share owned by housing associations ({0}) × housing stock ({1}): an estimate that mixes two reference dates.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/dashboard_model.py" line="112" />
      <source>Hoeveel corporatiewoningen erbij nodig zijn voor {0} van de huidige woningvoorraad (naar boven afgerond, min de raming); 0 als het aandeel al {0} of meer is.</source>
      <translation>How many more housing association homes are needed for {0} of today's housing stock (rounded up, minus the estimate); 0 when the share is already {0} or more.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="93" />
      <source>Sociale huur</source>
      <translation>Social rent</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="94" />
      <source>Nieuwbouw</source>
      <translation>New build</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="95" />
      <source>w.v. sociaal</source>
      <translation>of which social</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="96" />
      <source>w.v. midden</source>
      <translation>of which mid-market</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="97" />
      <source>65-plussers</source>
      <translation>Aged 65+</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="110" />
      <source>Onbekend: vul dit cijfer in.</source>
      <translation>Unknown: please enter this figure.</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="112" />
      <source>ingevuld: {0}</source>
      <translation>entered: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="114" />
      <source>Raming</source>
      <translation>Estimate</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="116" />
      <source>bron: {0}</source>
      <translation>source: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="119" />
      <source>, peildatum {0}</source>
      <translation>, reference date {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/models/municipality_models.py" line="121" />
      <source>Typ een getal om de raming te vervangen.</source>
      <translation>Type a number to replace the estimate.</translation>
    </message>
  </context>
  <context>
    <name>ScenarioBar</name>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="39" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="42" />
      <source>Welk scenario's ramingen elk scherm en elk document toont. Ingevulde cijfers zijn in elk scenario gelijk; alleen ramingen verschillen.</source>
      <translation>Which scenario's estimates every screen and every document shows. Entered figures are the same in every scenario; only estimates differ.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="47" />
      <source>S&amp;cenario:</source>
      <translation>S&amp;cenario:</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="58" />
      <source>Scenario's</source>
      <translation>Scenarios</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="60" />
      <source>Scenario &amp;toevoegen…</source>
      <translation>&amp;Add scenario…</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="61" />
      <source>Naam &amp;wijzigen…</source>
      <translation>&amp;Rename…</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="62" />
      <source>Scenario &amp;verwijderen</source>
      <translation>&amp;Delete scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="68" />
      <source>Een scenario toevoegen (leeg of als kopie), hernoemen of verwijderen.</source>
      <translation>Add a scenario (empty or as a copy), rename it or delete it.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="108" />
      <location filename="../../app/views/widgets/scenario_bar.py" line="115" />
      <source>Scenario hernoemen</source>
      <translation>Rename scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="109" />
      <source>Nieuwe naam van scenario '{0}':</source>
      <translation>New name of scenario '{0}':</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="126" />
      <location filename="../../app/views/widgets/scenario_bar.py" line="134" />
      <source>Scenario verwijderen</source>
      <translation>Delete scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_bar.py" line="128" />
      <source>Scenario '{0}' met zijn ramingen verwijderen? Ingevulde cijfers blijven staan; met Ongedaan maken komt het scenario terug.</source>
      <translation>Delete scenario '{0}' with its estimates? Entered figures stay; Undo brings the scenario back.</translation>
    </message>
  </context>
  <context>
    <name>ScenarioComparison</name>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="48" />
      <source>Vergelijken met scenario</source>
      <translation>Compare with scenario</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="76" />
      <source>Opgave per aandachtsgroep in beide scenario's</source>
      <translation>Gap per target group in both scenarios</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="78" />
      <source>Opgave per gemeente in beide scenario's</source>
      <translation>Gap per municipality in both scenarios</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="115" />
      <source>Scenario '{0}' naast:</source>
      <translation>Scenario '{0}' beside:</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="129" />
      <source>Per aandachtsgroep: {0}</source>
      <translation>Per target group: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="130" />
      <source>Per gemeente: {0}</source>
      <translation>Per municipality: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="136" />
      <source>Over de hele planperiode ({0}–{1}). Ingevulde cijfers zijn in beide scenario's gelijk; alleen ramingen verschillen. Verschil = opgave onder '{2}' min die onder '{3}'.</source>
      <translation>Over the whole plan period ({0}–{1}). Entered figures are the same in both scenarios; only estimates differ. Difference = gap under '{2}' minus gap under '{3}'.</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/scenario_comparison.py" line="149" />
      <source>Er is nog maar één scenario ('{0}'). Voeg er een toe met Scenario's → Scenario toevoegen, geef het andere ramingen en zet de opgave hier naast elkaar.</source>
      <translation>There is only one scenario so far ('{0}'). Add one with Scenarios → Add scenario, give it other estimates and put the gaps side by side here.</translation>
    </message>
  </context>
  <context>
    <name>SharesEditor</name>
    <message>
      <location filename="../../app/views/widgets/shares_editor.py" line="81" />
      <source>Samen: {0} % (moet 100 % zijn)</source>
      <translation>Together: {0} % (must be 100 %)</translation>
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <location filename="../../app/views/start_window.py" line="44" />
      <source>&lt;h1&gt;Thuisplan&lt;/h1&gt;&lt;p&gt;Een regionale woonzorgvisie voor aandachtsgroepen: woonbehoefte, aanbod, opgave en prestatieafspraken.&lt;/p&gt;</source>
      <translation>&lt;h1&gt;Thuisplan&lt;/h1&gt;&lt;p&gt;A regional housing and care vision for target groups: housing need, supply, gap and performance agreements.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="63" />
      <source>&amp;Nieuwe woonzorgvisie…</source>
      <translation>&amp;New housing and care vision…</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="64" />
      <source>&amp;Openen…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="65" />
      <source>&amp;Voorbeeld openen (Haaglanden, fictief)</source>
      <translation>Open &amp;example (Haaglanden, fictional)</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="69" />
      <source>Overzicht van &amp;meerdere visies…</source>
      <translation>Overview of &amp;multiple visions…</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="71" />
      <source>Reservekopie &amp;terugzetten…</source>
      <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="73" />
      <source>&amp;Sociale huur in Nederland…</source>
      <translation>&amp;Social rent in the Netherlands…</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="76" />
      <source>Het aandeel corporatiewoningen per gemeente, provincie en landelijk, tegen het streven en het landelijk gemiddelde; zonder woonzorgvisie</source>
      <translation>The share of housing association homes per municipality, province and nationally, against the goal and the national average; no housing and care vision needed</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="94" />
      <source>Recente bestanden</source>
      <translation>Recent files</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="96" />
      <source>&amp;Recente bestanden:</source>
      <translation>&amp;Recent files:</translation>
    </message>
    <message>
      <location filename="../../app/views/start_window.py" line="109" />
      <source>{0} (niet gevonden)</source>
      <translation>{0} (not found)</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../app/views/startup.py" line="49" />
      <source>{0} wordt geopend…</source>
      <translation>Opening {0}…</translation>
    </message>
    <message>
      <location filename="../../app/views/startup.py" line="51" />
      <source>Bezig met starten…</source>
      <translation>Starting…</translation>
    </message>
  </context>
  <context>
    <name>StatusHoldersEditor</name>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="162" />
      <source>verplicht: de circulaire taakstelling</source>
      <translation>required: the circular on the housing target</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="163" />
      <source>&amp;Circulaire:</source>
      <translation>&amp;Circular:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="165" />
      <source>Inwoners van Nederland:</source>
      <translation>Inhabitants of the Netherlands:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="166" />
      <source>Landelijke taakstelling:</source>
      <translation>National housing target:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="169" />
      <source>Verdeling over woonvormen:</source>
      <translation>Split over housing types:</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="176" />
      <source>1e halfjaar</source>
      <translation>1st half year</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="177" />
      <source>2e halfjaar</source>
      <translation>2nd half year</translation>
    </message>
    <message>
      <location filename="../../app/views/estimate_editors.py" line="220" />
      <source>Inwoners van Nederland</source>
      <translation>Inhabitants of the Netherlands</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="35" />
      <source>Regio en planperiode</source>
      <translation>Region and plan period</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="36" />
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="37" />
      <source>Aandachtsgroepen</source>
      <translation>Target groups</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="38" />
      <source>Woonbehoefte</source>
      <translation>Housing need</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="39" />
      <source>Aanbod</source>
      <translation>Supply</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="40" />
      <source>Opgave</source>
      <translation>Gap</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="41" />
      <source>Ambities en maatregelen</source>
      <translation>Ambitions and measures</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="42" />
      <source>Prestatieafspraken</source>
      <translation>Performance agreements</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="43" />
      <source>Monitor</source>
      <translation>Monitor</translation>
    </message>
    <message>
      <location filename="../../app/views/pages/__init__.py" line="44" />
      <source>Documenten</source>
      <translation>Documents</translation>
    </message>
  </context>
  <context>
    <name>TaskProgress</name>
    <message>
      <location filename="../../app/views/widgets/task_progress.py" line="40" />
      <source>Voortgang</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../app/views/widgets/task_progress.py" line="74" />
      <source>Bezig met afbreken…</source>
      <translation>Cancelling…</translation>
    </message>
  </context>
  <context>
    <name>UrgencyTab</name>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="39" />
      <source>Ook &amp;vervallen categorieën tonen</source>
      <translation>Also show &amp;retired categories</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="43" />
      <source>Elke gemeente neemt deze groepen op in haar urgentieregeling. Een normenset brengt haar eigen categorieën mee; u kunt er zelf een toevoegen, een andere naam geven of laten vervallen vanaf een datum (ze blijft dan in het bestand).</source>
      <translation>Every municipality includes these groups in its urgency scheme. A norm set brings its own categories; you can add one yourself, rename one, or retire one from a date (it then stays in the file).</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="59" />
      <source>Categorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="60" />
      <source>Uit normenset</source>
      <translation>From norm set</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="61" />
      <source>Peildatum</source>
      <translation>Reference date</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="62" />
      <source>Vervallen op</source>
      <translation>Retired on</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="68" />
      <source>Verplicht urgenten</source>
      <translation>Urgency categories</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="79" />
      <location filename="../../app/views/norms/urgency_tab.py" line="80" />
      <source>Naam van de categorie</source>
      <translation>Name of the category</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="82" />
      <source>&amp;Toevoegen</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="84" />
      <source>Gekozen categorie &amp;hernoemen</source>
      <translation>&amp;Rename chosen category</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="94" />
      <source>Datum waarop de categorie vervalt</source>
      <translation>Date on which the category retires</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="95" />
      <source>Gekozen categorie laten &amp;vervallen op</source>
      <translation>Re&amp;tire chosen category on</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="105" />
      <source>eigen categorie</source>
      <translation>own category</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="113" />
      <source>Kies eerst een categorie in de tabel.</source>
      <translation>First choose a category in the table.</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="123" />
      <source>Categorie verplicht urgenten toevoegen</source>
      <translation>Add urgency category</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="132" />
      <source>Categorie hernoemen</source>
      <translation>Rename category</translation>
    </message>
    <message>
      <location filename="../../app/views/norms/urgency_tab.py" line="144" />
      <source>Categorie laten vervallen</source>
      <translation>Retire category</translation>
    </message>
  </context>
  <context>
    <name>VisionSession</name>
    <message>
      <location filename="../../app/views/session.py" line="50" />
      <source>Opnieuw doen lukte niet: {0}</source>
      <translation>Redo failed: {0}</translation>
    </message>
    <message>
      <location filename="../../app/views/session.py" line="56" />
      <source>Ongedaan maken lukte niet: {0}</source>
      <translation>Undo failed: {0}</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Zelfstandig regulier</source>
      <translation>Ordinary home</translation>
    </message>
    <message>
      <source>Nultredenwoning</source>
      <translation>Step-free home</translation>
    </message>
    <message>
      <source>Zelfstandig geclusterd</source>
      <translation>Cluster home</translation>
    </message>
    <message>
      <source>Geclusterd met verpleegzorg</source>
      <translation>Clustered with nursing care</translation>
    </message>
    <message>
      <source>Onzelfstandig (kamer)</source>
      <translation>Shared (room)</translation>
    </message>
    <message>
      <source>Beschermd / 24-uurs</source>
      <translation>Supported 24h</translation>
    </message>
    <message>
      <source>Flexwoning</source>
      <translation>Flexible home</translation>
    </message>
    <message>
      <source>Standplaats</source>
      <translation>Pitch</translation>
    </message>
    <message>
      <source>Short stay</source>
      <translation>Short stay</translation>
    </message>
    <message>
      <source>Studentenwoning</source>
      <translation>Student home</translation>
    </message>
    <message>
      <source>Geen</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Ambulant</source>
      <translation>Floating support</translation>
    </message>
    <message>
      <source>Intensief</source>
      <translation>Intensive</translation>
    </message>
    <message>
      <source>24-uurs</source>
      <translation>24-hour</translation>
    </message>
    <message>
      <source>Toewijzing uit vrijkomende voorraad</source>
      <translation>Allocation</translation>
    </message>
    <message>
      <source>Nieuwbouw</source>
      <translation>New build</translation>
    </message>
    <message>
      <source>Flexwoningen</source>
      <translation>Flexible homes</translation>
    </message>
    <message>
      <source>Transformatie</source>
      <translation>Conversion</translation>
    </message>
    <message>
      <source>Overig</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Woningcorporatie</source>
      <translation>Housing association</translation>
    </message>
    <message>
      <source>Huurdersorganisatie</source>
      <translation>Tenants' organisation</translation>
    </message>
    <message>
      <source>Zorgaanbieder</source>
      <translation>Care provider</translation>
    </message>
    <message>
      <source>Zorgkantoor</source>
      <translation>Care office</translation>
    </message>
    <message>
      <source>Welzijnsorganisatie</source>
      <translation>Welfare organisation</translation>
    </message>
    <message>
      <source>Particuliere verhuurder</source>
      <translation>Private landlord</translation>
    </message>
    <message>
      <source>Provincie</source>
      <translation>Province</translation>
    </message>
    <message>
      <source>Op schema</source>
      <translation>On track</translation>
    </message>
    <message>
      <source>Achter</source>
      <translation>Behind</translation>
    </message>
    <message>
      <source>Gerealiseerd</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <source>Concept</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>In bespreking</source>
      <translation>In consultation</translation>
    </message>
    <message>
      <source>Vastgesteld</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <source>Inwoners</source>
      <translation>Population</translation>
    </message>
    <message>
      <source>Huishoudens</source>
      <translation>Households</translation>
    </message>
    <message>
      <source>Woningen</source>
      <translation>Dwellings</translation>
    </message>
    <message>
      <source>Sociale huurwoningen (corporatiebezit)</source>
      <translation>Social rent homes (housing association stock)</translation>
    </message>
    <message>
      <source>Inwoners van 65 jaar en ouder</source>
      <translation>Inhabitants aged 65 and over</translation>
    </message>
    <message>
      <source>Geplande nieuwbouw in de planperiode</source>
      <translation>Planned new build in the plan period</translation>
    </message>
    <message>
      <source>waarvan sociale huur</source>
      <translation>of which social rent</translation>
    </message>
    <message>
      <source>waarvan middensegment</source>
      <translation>of which mid-market</translation>
    </message>
    <message>
      <source>Woningvoorraad</source>
      <translation>Housing stock</translation>
    </message>
    <message>
      <source>Sociale huurvoorraad</source>
      <translation>Social rent stock</translation>
    </message>
    <message>
      <source>Gewogen mix</source>
      <translation>Weighted mix</translation>
    </message>
    <message>
      <source>Verplicht urgenten</source>
      <translation>Mandatory urgency categories</translation>
    </message>
    <message>
      <source>Alle actieve aandachtsgroepen</source>
      <translation>All active target groups</translation>
    </message>
    <message>
      <source>Gekozen aandachtsgroepen</source>
      <translation>Chosen target groups</translation>
    </message>
    <message>
      <source>Landelijke opgave ouderen 2022–2030 naar aandeel 65+</source>
      <translation>National target for older people 2022–2030 by share of 65+</translation>
    </message>
    <message>
      <source>Taakstelling statushouders naar aandeel inwoners</source>
      <translation>Status holders' housing quota by share of inhabitants</translation>
    </message>
    <message>
      <source>Stroommodel: uitstroom uit instellingen en opvang</source>
      <translation>Flow model: moving on from institutions and shelters</translation>
    </message>
    <message>
      <source>Norm × basis: een aantal per 1.000</source>
      <translation>Rate × base: a number per 1,000</translation>
    </message>
    <message>
      <source>Per gemeente</source>
      <translation>Per municipality</translation>
    </message>
    <message>
      <source>Per regio</source>
      <translation>Per region</translation>
    </message>
    <message>
      <source>Landelijk</source>
      <translation>National</translation>
    </message>
    <message>
      <source>Gemeenten met een aandeel sociale huur onder het landelijk gemiddelde</source>
      <translation>Municipalities with a social rent share below the national average</translation>
    </message>
    <message>
      <source>Gemeenten met een aandeel sociale huur onder het streven</source>
      <translation>Municipalities with a social rent share below the goal</translation>
    </message>
    <message>
      <source>De regio als geheel (niet elke gemeente apart)</source>
      <translation>The region as a whole (not each municipality on its own)</translation>
    </message>
    <message>
      <source>Voldoende betaalbare en passende woningen</source>
      <translation>Enough affordable and suitable homes</translation>
    </message>
    <message>
      <source>Evenwichtige verdeling over alle gemeenten</source>
      <translation>Balanced distribution across all municipalities</translation>
    </message>
    <message>
      <source>Combineren van wonen, zorg, welzijn en werk</source>
      <translation>Combining housing, care, welfare and work</translation>
    </message>
    <message>
      <source>Preventie</source>
      <translation>Prevention</translation>
    </message>
    <message>
      <source>Dak- en thuisloze mensen</source>
      <translation>Homeless people</translation>
    </message>
    <message>
      <source>Mensen zonder eigen woonruimte: wie op straat of in de nachtopvang slaapt, wie in de maatschappelijke opvang verblijft en wie tijdelijk bij anderen onderdak heeft (bankslapers). Dakloze mensen met een beschikking voor een opvangvoorziening horen bij de verplicht urgenten.</source>
      <translation>People without a home of their own: those who sleep rough or in a night shelter, those staying in a homeless shelter and those temporarily staying with others (sofa surfers). Homeless people with a formal referral to a shelter belong to the mandatory urgency categories.</translation>
    </message>
    <message>
      <source>Uitstromers uit intramurale (zorg)instellingen</source>
      <translation>People leaving residential (care) institutions</translation>
    </message>
    <message>
      <source>Mensen die uitstromen uit beschermd wonen, de maatschappelijke opvang, een klinische GGZ-instelling of de jeugdhulp met verblijf (jongeren die 18 worden) en een eigen woning nodig hebben, vaak met begeleiding.</source>
      <translation>People leaving supported housing, a homeless shelter, an inpatient mental health (GGZ) institution or residential youth care (young people turning 18) who need a home of their own, often with support.</translation>
    </message>
    <message>
      <source>Uitstromers uit detentie</source>
      <translation>People leaving detention</translation>
    </message>
    <message>
      <source>Mensen die na detentie terugkeren in de samenleving en woonruimte nodig hebben. Wie langer dan drie maanden gedetineerd was, hoort bij de verplicht urgenten.</source>
      <translation>People returning to society after detention who need somewhere to live. Anyone detained for more than three months belongs to the mandatory urgency categories.</translation>
    </message>
    <message>
      <source>Statushouders</source>
      <translation>Refugees with a residence permit</translation>
    </message>
    <message>
      <source>Vergunninghouders: mensen met een verblijfsvergunning die de gemeente volgens de halfjaarlijkse taakstelling huisvest, waaronder grote gezinnen.</source>
      <translation>Refugees with a residence permit (status holders) whom the municipality houses under its half-yearly housing target, including large families.</translation>
    </message>
    <message>
      <source>Mensen met sociale of medische urgentie</source>
      <translation>People with social or medical urgency</translation>
    </message>
    <message>
      <source>Woningzoekenden met een urgentieverklaring op sociale of medische gronden, onder wie mantelzorgverleners en -ontvangers en ernstig chronisch zieke mensen.</source>
      <translation>Home seekers with urgency status on social or medical grounds, including informal carers and the people they care for, and people with a serious chronic illness.</translation>
    </message>
    <message>
      <source>Arbeidsmigranten</source>
      <translation>Labour migrants</translation>
    </message>
    <message>
      <source>Werknemers uit het buitenland die hier tijdelijk of voor langere tijd werken en fatsoenlijke, betaalbare huisvesting nodig hebben.</source>
      <translation>Workers from abroad who work here temporarily or for longer and need decent, affordable housing.</translation>
    </message>
    <message>
      <source>(Uitwonende) studenten</source>
      <translation>Students (living away from home)</translation>
    </message>
    <message>
      <source>Studenten in het middelbaar beroeps- en hoger onderwijs die uit huis gaan en een betaalbare studentenwoning of kamer zoeken.</source>
      <translation>Students in secondary vocational and higher education who leave home and are looking for affordable student accommodation or a room.</translation>
    </message>
    <message>
      <source>Woonwagenbewoners</source>
      <translation>Caravan dwellers</translation>
    </message>
    <message>
      <source>Huishoudens die in een woonwagen wonen of willen wonen en daarvoor een standplaats nodig hebben.</source>
      <translation>Households who live or want to live in a caravan and need a pitch for it.</translation>
    </message>
    <message>
      <source>Ouderen</source>
      <translation>Older people</translation>
    </message>
    <message>
      <source>Ouderen die (langer) zelfstandig willen wonen in een geschikte woning, met of zonder zorg, en ouderen die een geclusterde of beschermde woonvorm nodig hebben.</source>
      <translation>Older people who want to live independently (for longer) in a suitable home, with or without care, and older people who need clustered or supported housing.</translation>
    </message>
    <message>
      <source>Ontheemden uit Oekraïne</source>
      <translation>Displaced people from Ukraine</translation>
    </message>
    <message>
      <source>Mensen die de oorlog in Oekraïne zijn ontvlucht en door de gemeente worden opgevangen en gehuisvest.</source>
      <translation>People who have fled the war in Ukraine and are received and housed by the municipality.</translation>
    </message>
    <message>
      <source>Een gewone zelfstandige woning (eigen voordeur, keuken en sanitair) in een gewone wijk.</source>
      <translation>An ordinary self-contained home (own front door, kitchen and bathroom) in an ordinary neighbourhood.</translation>
    </message>
    <message>
      <source>Een zelfstandige woning zonder trappen tussen de voordeur en de woonkamer, keuken, badkamer en een slaapkamer: geschikt om oud in te worden.</source>
      <translation>A self-contained home without stairs between the front door and the living room, kitchen, bathroom and a bedroom: suitable for growing old in.</translation>
    </message>
    <message>
      <source>Zelfstandige woningen bij elkaar in één complex, vaak met een gemeenschappelijke ruimte of begeleiding dichtbij.</source>
      <translation>Self-contained homes grouped together in one complex, often with a shared space or support close by.</translation>
    </message>
    <message>
      <source>Geclusterde woningen waar verpleegzorg (Wlz) thuis wordt geleverd, bijvoorbeeld voor mensen met dementie.</source>
      <translation>Clustered homes where nursing care (Wlz) is delivered at home, for example for people with dementia.</translation>
    </message>
    <message>
      <source>Een kamer met gedeelde keuken en/of sanitair.</source>
      <translation>A room with a shared kitchen and/or bathroom.</translation>
    </message>
    <message>
      <source>Een woonvorm met zorg of toezicht die dag en nacht beschikbaar is.</source>
      <translation>Housing with care or supervision available day and night.</translation>
    </message>
    <message>
      <source>Een tijdelijke, verplaatsbare woning die snel te plaatsen is.</source>
      <translation>A temporary, relocatable home that can be put in place quickly.</translation>
    </message>
    <message>
      <source>Een plek voor een woonwagen.</source>
      <translation>A pitch for a caravan.</translation>
    </message>
    <message>
      <source>Tijdelijke huisvesting voor een kort verblijf, bijvoorbeeld voor arbeidsmigranten.</source>
      <translation>Temporary housing for a short stay, for example for labour migrants.</translation>
    </message>
    <message>
      <source>Een kamer of studio voor studenten.</source>
      <translation>A room or studio for students.</translation>
    </message>
    <message>
      <source>Geen begeleiding nodig.</source>
      <translation>No support needed.</translation>
    </message>
    <message>
      <source>Begeleiding aan huis, enkele uren per week.</source>
      <translation>Support at home, a few hours a week.</translation>
    </message>
    <message>
      <source>Dagelijkse begeleiding, op afroep bereikbaar.</source>
      <translation>Daily support, available on call.</translation>
    </message>
    <message>
      <source>Zorg of toezicht dag en nacht.</source>
      <translation>Care or supervision day and night.</translation>
    </message>
    <message>
      <source>Mantelzorgverleners en -ontvangers</source>
      <translation>Informal carers and those they care for</translation>
    </message>
    <message>
      <source>Ernstig chronisch zieke mensen</source>
      <translation>People with a serious chronic illness</translation>
    </message>
    <message>
      <source>Dakloze mensen met een beschikking voor een opvangvoorziening</source>
      <translation>Homeless people with a referral to a shelter</translation>
    </message>
    <message>
      <source>Uitstromers uit instellingen</source>
      <translation>People leaving institutions</translation>
    </message>
    <message>
      <source>Uitstromers uit detentie (langer dan drie maanden)</source>
      <translation>People leaving detention (after more than three months)</translation>
    </message>
    <message>
      <source>Uitstappende sekswerkers</source>
      <translation>Sex workers leaving the trade</translation>
    </message>
    <message>
      <source>Streven aandeel sociale huurwoningen in de woningvoorraad</source>
      <translation>Goal: share of social rent homes in the housing stock</translation>
    </message>
    <message>
      <source>Minimaal aandeel sociale huur in de nieuwbouw</source>
      <translation>Minimum share of social rent in new construction</translation>
    </message>
    <message>
      <source>Aandeel betaalbare woningen in de nieuwbouw</source>
      <translation>Share of affordable homes in new construction</translation>
    </message>
    <message>
      <source>Aandeel betaalbaar voor middeninkomens in de bouwopgave</source>
      <translation>Share affordable for middle incomes in the building task</translation>
    </message>
    <message>
      <source>Landelijk aandeel woningen in bezit van woningcorporaties</source>
      <translation>National share of homes owned by housing corporations</translation>
    </message>
    <message>
      <source>Programma Een thuis voor iedereen (2022)</source>
      <translation>Programme 'A home for everyone' (2022)</translation>
    </message>
    <message>
      <source>Programma 2022</source>
      <translation>Programme 2022</translation>
    </message>
    <message>
      <source>Sociaal en medisch urgenten</source>
      <translation>Social and medical urgency</translation>
    </message>
    <message>
      <source>Voortgangsbrief (2023)</source>
      <translation>Progress letter (2023)</translation>
    </message>
    <message>
      <source>Voortgangsbrief 2023</source>
      <translation>Progress letter 2023</translation>
    </message>
    <message>
      <source>Wet versterking regie volkshuisvesting (2025/2026)</source>
      <translation>Housing Direction Act (Wet versterking regie volkshuisvesting, 2025/2026)</translation>
    </message>
    <message>
      <source>Wet regie 2025/2026</source>
      <translation>Housing Direction Act 2025/2026</translation>
    </message>
    <message>
      <source>Slachtoffers van huiselijk geweld</source>
      <translation>Victims of domestic violence</translation>
    </message>
    <message>
      <source>Slachtoffers van mensenhandel</source>
      <translation>Victims of human trafficking</translation>
    </message>
    <message>
      <source>Dakloze gezinnen met kinderen</source>
      <translation>Homeless families with children</translation>
    </message>
    <message>
      <source>Woonzorgvisie</source>
      <translation>Housing and care vision</translation>
    </message>
    <message>
      <source>De visie van gemeenten op wonen met zorg en ondersteuning voor alle aandachtsgroepen en ouderen, regionaal afgestemd. De basis voor prestatieafspraken met woningcorporaties, zorgaanbieders en andere partners.</source>
      <translation>The municipalities' vision of housing with care and support for all target groups and older people, aligned across the region. The basis for performance agreements with housing associations, care providers and other partners.</translation>
    </message>
    <message>
      <source>Woonbehoefte</source>
      <translation>Housing need</translation>
    </message>
    <message>
      <source>Hoeveel woningen (of woonplekken) een aandachtsgroep per jaar nodig heeft, per gemeente en woonvorm.</source>
      <translation>How many homes (or places to live) a target group needs each year, per municipality and housing type.</translation>
    </message>
    <message>
      <source>Aanbod</source>
      <translation>Supply</translation>
    </message>
    <message>
      <source>Hoeveel woningen er per jaar voor de groep beschikbaar komen: toewijzing uit vrijkomende sociale huurwoningen, nieuwbouw, flexwoningen, transformatie of anders.</source>
      <translation>How many homes become available for the group each year: allocation of social rent homes that become vacant, new build, flexible homes, conversion or other.</translation>
    </message>
    <message>
      <source>Opgave</source>
      <translation>Gap</translation>
    </message>
    <message>
      <source>Woonbehoefte min aanbod, per gemeente, woonvorm en jaar. Positief is een tekort, negatief een overschot. Tekorten en overschotten worden apart opgeteld: een overschot in de ene gemeente of woonvorm verbergt geen tekort in een andere.</source>
      <translation>Housing need minus supply, per municipality, housing type and year. Positive is a shortage, negative a surplus. Shortages and surpluses are added up separately: a surplus in one municipality or housing type does not hide a shortage in another.</translation>
    </message>
    <message>
      <source>Van de sociale huurwoningen die per jaar vrijkomen, gaat een deel (bijvoorbeeld 25 %) naar een aandachtsgroep. Thuisplan rekent dat uit als vrijkomende woningen × percentage.</source>
      <translation>Of the social rent homes that become vacant each year, a share (for example 25%) goes to a target group. Thuisplan calculates this as vacancies × percentage.</translation>
    </message>
    <message>
      <source>Evenwichtige verdeling</source>
      <translation>Balanced distribution</translation>
    </message>
    <message>
      <source>Gemeenten in een regio delen de huisvesting van urgente woningzoekenden naar draagkracht, zodat centrumgemeenten niet overbelast raken.</source>
      <translation>Municipalities in a region share the housing of urgent home seekers according to their capacity, so that central municipalities are not overburdened.</translation>
    </message>
    <message>
      <source>Verdeelsleutel</source>
      <translation>Distribution key</translation>
    </message>
    <message>
      <source>Waarnaar het evenredig aandeel van een gemeente wordt berekend: inwoners (standaard, zoals bij de taakstelling statushouders), huishoudens, woningvoorraad, sociale huurvoorraad of een gewogen mix daarvan.</source>
      <translation>What a municipality's fair share is based on: population (the default, as for the housing target for status holders), households, housing stock, social rent stock or a weighted mix of these.</translation>
    </message>
    <message>
      <source>Evenredig aandeel</source>
      <translation>Fair share</translation>
    </message>
    <message>
      <source>De regionale woonbehoefte van een groep × het aandeel van de gemeente volgens de verdeelsleutel. Het verschil met wat de gemeente zelf aanbiedt laat zien wie meer of minder dan zijn deel draagt.</source>
      <translation>A group's regional housing need × the municipality's share under the distribution key. The difference from what the municipality itself provides shows who is taking on more or less than their share.</translation>
    </message>
    <message>
      <source>Correctie</source>
      <translation>Correction</translation>
    </message>
    <message>
      <source>Plaatsen die een gemeente al biedt, zoals beschermd wonen en maatschappelijke opvang, met bron en peildatum. Ze tellen één keer mee als bijdrage voor de hele planperiode en dekken een tekort zodra dat ontstaat. Vult u voor één gemeente een correctie in, dan hebben alle gemeenten er een nodig (0 mag).</source>
      <translation>Places a municipality already offers, such as sheltered housing and social relief, with source and reference date. They count once as a contribution for the whole plan period and cover a shortfall as soon as it arises. If you enter a correction for one municipality, every municipality needs one (0 is allowed).</translation>
    </message>
    <message>
      <source>Achterstand doorschuiven</source>
      <translation>Carry backlog over</translation>
    </message>
    <message>
      <source>Zoals bij de taakstelling statushouders: wat een gemeente in een jaar minder biedt dan haar evenredig aandeel, komt bij haar aandeel van het jaar erna, jaar na jaar. Een overschot schuift niet door.</source>
      <translation>As with the housing target for status holders: what a municipality offers less than its fair share in a year is added to its share of the next year, year after year. A surplus is not carried over.</translation>
    </message>
    <message>
      <source>30 %-norm sociale huur</source>
      <translation>30% social rent norm</translation>
    </message>
    <message>
      <source>Het streven naar 30 % sociale huurwoningen in de woningvoorraad. Gemeenten onder het landelijk gemiddelde moeten ten minste 30 % sociale huur bouwen; gemeenten ruim boven het streven kunnen zich richten op middeninkomens.</source>
      <translation>The aim of 30% social rent homes in the housing stock. Municipalities below the national average must build at least 30% social rent; municipalities well above the aim can focus on middle incomes.</translation>
    </message>
    <message>
      <source>Twee derde betaalbaar</source>
      <translation>Two-thirds affordable</translation>
    </message>
    <message>
      <source>Van de nieuwbouw tot en met 2030 is twee derde betaalbaar: sociale huur of betaalbaar voor middeninkomens.</source>
      <translation>Of new build up to and including 2030, two-thirds is affordable: social rent or affordable for middle incomes.</translation>
    </message>
    <message>
      <source>Groepen die in elke urgentieregeling voorrang krijgen, ongeacht de schaarste: mantelzorgverleners en -ontvangers, ernstig chronisch zieken, dakloze mensen met een beschikking voor een opvangvoorziening, uitstromers uit instellingen en uit detentie (langer dan drie maanden) en uitstappende sekswerkers.</source>
      <translation>Groups that get priority in every urgency scheme, regardless of scarcity: informal carers and the people they care for, people with a serious chronic illness, homeless people with a formal referral to a shelter, people leaving institutions and detention (more than three months) and sex workers leaving the trade.</translation>
    </message>
    <message>
      <source>Prestatieafspraak</source>
      <translation>Performance agreement</translation>
    </message>
    <message>
      <source>Een afspraak tussen gemeente, woningcorporatie, huurders en andere partners over wat ieder per jaar doet, met een indicator, een doel per jaar en de realisatie om te volgen.</source>
      <translation>An agreement between the municipality, housing association, tenants and other partners about what each will do each year, with an indicator, a target per year and the results, for monitoring.</translation>
    </message>
    <message>
      <source>Actielijnen</source>
      <translation>Lines of action</translation>
    </message>
    <message>
      <source>De vier lijnen van het programma 'Een thuis voor iedereen': 1 voldoende betaalbare en passende woningen; 2 evenwichtige verdeling over alle gemeenten; 3 combineren van wonen, zorg, welzijn en werk; 4 preventie.</source>
      <translation>The four lines of action of the programme 'Een thuis voor iedereen' (A home for everyone): 1 enough affordable and suitable homes; 2 balanced distribution across all municipalities; 3 combining housing, care, welfare and work; 4 prevention.</translation>
    </message>
    <message>
      <source>Opgave = woonbehoefte − aanbod, berekend per gemeente, aandachtsgroep, woonvorm en jaar: een positief getal is een tekort, een negatief getal een overschot. Woonvormen vervangen elkaar niet (een overschot aan gewone woningen huisvest niemand die 24-uursbegeleiding nodig heeft), dus tekorten en overschotten worden apart opgeteld en nooit eerst tegen elkaar weggestreept; opgave = tekort − overschot. Een getal waarvoor invoer ontbreekt, is onbekend: Thuisplan rekent nooit met een 0 die niemand invulde.</source>
      <translation>Task = housing need − supply, calculated per municipality, target group, housing type and year: a positive number is a shortage, a negative number a surplus. Housing types do not replace one another (a surplus of ordinary homes houses nobody who needs 24-hour support), so shortages and surpluses are added up separately and never first set off against each other; task = shortage − surplus. A figure for which input is missing is unknown: Thuisplan never calculates with a 0 that nobody entered.</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>{count} eerdere stap(pen) nog niet compleet</source>
      <translation>{count} earlier step(s) not yet complete</translation>
    </message>
    <message>
      <source>de naam van de regio ontbreekt</source>
      <translation>the name of the region is missing</translation>
    </message>
    <message>
      <source>sociale huur of geplande nieuwbouw ontbreekt voor {names}</source>
      <translation>social rent or planned construction is missing for {names}</translation>
    </message>
    <message>
      <source>nog geen partners</source>
      <translation>no partners yet</translation>
    </message>
    <message>
      <source>geen aandachtsgroep aangezet</source>
      <translation>no target group switched on</translation>
    </message>
    <message>
      <source>geen woonvorm gekozen voor {names}</source>
      <translation>no housing type chosen for {names}</translation>
    </message>
    <message>
      <source>nog geen woonbehoefte ingevuld</source>
      <translation>no housing need entered yet</translation>
    </message>
    <message>
      <source>woonbehoefte ontbreekt deels voor {names}</source>
      <translation>housing need is partly missing for {names}</translation>
    </message>
    <message>
      <source>nog geen aanbod ingevuld</source>
      <translation>no supply entered yet</translation>
    </message>
    <message>
      <source>aanbod ontbreekt deels voor {names}</source>
      <translation>supply is partly missing for {names}</translation>
    </message>
    <message>
      <source>vul eerst woonbehoefte en aanbod in</source>
      <translation>enter housing need and supply first</translation>
    </message>
    <message>
      <source>{count} opgave(n) onbekend door ontbrekende invoer</source>
      <translation>{count} gap(s) unknown because of missing input</translation>
    </message>
    <message>
      <source>nog geen ambities of maatregelen</source>
      <translation>no ambitions or measures yet</translation>
    </message>
    <message>
      <source>actielijn {lines} nog leeg</source>
      <translation>line of action {lines} still empty</translation>
    </message>
    <message>
      <source>nog geen prestatieafspraken</source>
      <translation>no performance agreements yet</translation>
    </message>
    <message>
      <source>{count} afspraak/afspraken zonder partijen of doelen</source>
      <translation>{count} agreement(s) without parties or targets</translation>
    </message>
    <message>
      <source>{names} en {count} andere</source>
      <translation>{names} and {count} others</translation>
    </message>
    <message>
      <source>nog geen meting</source>
      <translation>no measurement yet</translation>
    </message>
    <message>
      <source>{count} afspraakjaar/-jaren achter</source>
      <translation>{count} agreement year(s) behind</translation>
    </message>
  </context>
</TS>