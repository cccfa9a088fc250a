// Report groups about waste, written by hand (see ../README.md). One entry a group:
//   [kind, [lat, lon], [[description, 'main/sub', metres east, metres north, minutes after the first], ...]]
// kind 's' = several reports of one incident, 'd' = different incidents close together.
module.exports = [
  ['s', [52.0894, 5.1107], [
    ['Bank en matras naast de container op de hoek Kanaalstraat / Damstraat', 'afval/grofvuil', 0, 0, 0],
    ['er staat weer een hele bank bij de ondergrondse containers kanaalstraat. ook een matras erbij. wanneer wordt dit eens opgehaald??', 'afval/grofvuil', 18, -7, 95],
    ['Grof vuil bij container Damstraat hoek, bankstel + matras, staat er sinds vanochtend', 'afval/illegale-dumping', -12, 10, 300],
    ['sofa dumped next to the bins on the corner, been there all day', 'afval/grofvuil', 25, 4, 620],
  ]],
  ['s', [52.0823, 5.1302], [
    ['Iemand heeft een complete keuken gedumpt op het grasveld achter de flat aan de Marshallaan. Kastjes, aanrecht, alles.', 'afval/illegale-dumping', 0, 0, 0],
    ['keukenkastjes en een aanrechtblad op het gras achter nummer 40-80, kinderen spelen daar', 'afval/grofvuil', 30, 15, 140],
    ['Doorgestuurd: "jongens wie heeft die keuken achter de flat gegooid 😡 iemand al gemeld?"', 'afval/illegale-dumping', -20, 22, 200],
  ]],
  ['s', [52.0951, 5.1033], [
    ['container zit vol', 'afval/container-vol', 0, 0, 0],
    ['De papiercontainer bij de Lidl is alweer helemaal vol, mensen zetten de dozen er nu naast', 'afval/container-vol', 15, 5, 180],
    ['papierbak vol en overal karton eromheen, waait de straat op', 'afval/zwerfafval', 9, -11, 410],
  ]],
  ['s', [52.0712, 5.1198], [
    ['Koelkast langs de weg gezet bij de Hooft Graaflandstraat ter hoogte van huisnummer 12', 'afval/grofvuil', 0, 0, 0],
    ['oude koelkast op de stoep hooft graaflandstr, staat in de weg voor mensen met kinderwagen', 'afval/grofvuil', 8, 6, 1440],
    ['Yo er staat al 2 dagen een ijskast op de stoep hier', 'afval/illegale-dumping', -14, 3, 2900],
  ]],
  ['s', [52.1010, 5.0912], [
    ['zakken afval opengescheurd door meeuwen, ligt overal op straat bij de Zamenhofdreef', 'afval/zwerfafval', 0, 0, 0],
    ['Vuilniszakken kapot getrokken, rommel over de hele stoep. Stinkt enorm.', 'afval/zwerfafval', 22, 12, 45],
    ['vuilniszakken naast de container zijn opengepikt door de meeuwen en alles waait weg', 'afval/container-vol', -5, 18, 130],
  ]],
  ['s', [52.0867, 5.1460], [
    ['Op het parkeerterrein van de sporthal ligt een hoop bouwafval: gipsplaten, tegels en zakken puin', 'afval/illegale-dumping', 0, 0, 0],
    ['puin gedumpt parkeerplaats sporthal', 'afval/illegale-dumping', 35, -10, 60],
    ['Iemand heeft bouwafval achtergelaten op de parkeerplaats, ligt half op een parkeervak, ik kan mijn auto niet kwijt', 'afval/grofvuil', 20, 25, 1320],
  ]],
  ['s', [52.0780, 5.0988], [
    ['Glasbak kapot, de klep zit vast en er ligt glas op de grond', 'afval/container-vol', 0, 0, 0],
    ['glasbak bij de Kanaleneiland winkels stuk, overal scherven, gevaarlijk voor honden', 'afval/container-vol', 12, 8, 75],
  ]],
  ['s', [52.0925, 5.1175], [
    ['mattress and some broken chairs dumped in the alley behind Voorstraat, near the bike racks', 'afval/grofvuil', 0, 0, 0],
    ['in het steegje achter de voorstraat ligt een matras met stoelen, wordt al in gepist', 'afval/illegale-dumping', 15, -9, 240],
  ]],
  ['s', [52.0655, 5.1011], [
    ['Bij de containers aan de Rijnlaan staat een wasmachine en een berg vuilniszakken. Al drie dagen. Dit is echt niet normaal meer.', 'afval/grofvuil', 0, 0, 0],
    ['wasmachien bij de kliko’s rijnlaan', 'afval/grofvuil', 10, 10, 60],
    ['BERG VUILNISZAKKEN BIJ DE CONTAINER, RATTEN!! DOE ER WAT AAN', 'afval/container-vol', -8, 14, 900],
    ['Is er al iets gedaan met de wasmachine bij de containers? Nu ligt er ook nog een tapijt naast', 'afval/grofvuil', 3, -6, 2600],
  ]],
  ['s', [52.1102, 5.1230], [
    ['afval in de sloot langs het fietspad naar Overvecht, winkelwagen en zakken', 'afval/zwerfafval', 0, 0, 0],
    ['Er ligt een winkelwagentje in het water bij het fietspad, plus een hoop plastic', 'afval/illegale-dumping', 40, 20, 2000],
  ]],
  ['s', [52.0899, 5.1240], [
    ['Na de markt ligt het hele plein vol met kratten, plastic en rotte groente', 'afval/zwerfafval', 0, 0, 0],
    ['vredenburg plein na de markt 1 grote vuilnisbelt', 'afval/zwerfafval', 30, -20, 50],
    ['markt is al uren afgelopen en de rommel ligt er nog steeds. Fruitvliegjes, stank.', 'afval/zwerfafval', -25, 10, 200],
  ]],
  ['s', [52.0739, 5.1402], [
    ['ondergrondse container doet het niet, pasje wordt niet geaccepteerd en klep gaat niet open', 'afval/container-vol', 0, 0, 0],
    ['Container Oudwijk pas werkt niet! Nu zetten iedereen hun zakken ernaast', 'afval/container-vol', 6, 4, 300],
    ['zakken naast de ondergrondse container want hij gaat niet open', 'afval/zwerfafval', -4, 9, 700],
  ]],
  ['s', [52.0971, 5.1361], [
    ['oude matrassen (2) tegen de muur van de basisschool gezet', 'afval/grofvuil', 0, 0, 0],
    ['Bij de ingang van de school aan de Tolsteegbarrière staan 2 matrassen, kinderen klimmen erop', 'afval/grofvuil', 20, 0, 55],
  ]],
  ['s', [52.0840, 5.0870], [
    ['Gedumpte autobanden bij het bedrijventerrein, zeker 20 stuks', 'afval/illegale-dumping', 0, 0, 0],
    ['weer banden gedumpt aan het einde van de Cartesiusweg. wie doet dit nou', 'afval/illegale-dumping', 45, 30, 400],
    ['Ongeveer twintig oude autobanden in de berm, Cartesiusweg einde, bij het hek', 'afval/illegale-dumping', 30, 15, 1700],
  ]],
  ['s', [52.0817, 5.1155], [
    ['kliko omgevallen en alles ligt op straat', 'afval/zwerfafval', 0, 0, 0],
    ['Container omgewaaid door de storm, afval over de hele straat verspreid bij nummer 23', 'afval/zwerfafval', 10, 3, 20],
  ]],
  ['s', [52.0920, 5.1080], [
    ['Elektrisch afval: oude tv en een computer naast de glasbak', 'afval/grofvuil', 0, 0, 0],
    ['tv + pc naast glasbak, beeldscherm is kapot, glas op straat', 'afval/illegale-dumping', 14, -6, 180],
  ]],
  ['s', [52.1045, 5.1150], [
    ['Er ligt hondenpoep, blikjes en lachgaspatronen over het hele speelveldje', 'afval/zwerfafval', 0, 0, 0],
    ['lachgas flessen en blikjes op het grasveld, kinderen spelen daar', 'afval/zwerfafval', 20, 10, 150],
    ['Weer allemaal van die grote lachgas cilinders op het veldje bij de speeltuin', 'afval/zwerfafval', 5, 30, 600],
  ]],
  ['s', [52.0688, 5.1281], [
    ['plastic afval container zit propvol, deksel kan niet meer dicht', 'afval/container-vol', 0, 0, 0],
    ['PMD bak overvol', 'afval/container-vol', 4, 2, 30],
    ['de plastic container op het plein is vol, er staan nu tien zakken naast', 'afval/container-vol', -7, 5, 480],
  ]],
  ['s', [52.0960, 5.1250], [
    ['Iemand heeft verfblikken en chemisch spul bij de container gezet. Lekt op de stoep!!', 'afval/illegale-dumping', 0, 0, 0],
    ['blikken verf en iets wat lekt naast de afvalcontainer, ruikt chemisch. Misschien gevaarlijk?', 'afval/grofvuil', 8, 12, 35],
  ]],
  ['s', [52.0751, 5.1105], [
    ['tuinafval (takken, gras) in een grote hoop op de stoep gegooid', 'afval/illegale-dumping', 0, 0, 0],
    ['Hoop snoeiafval en takken op het trottoir, ik moest over de weg lopen met de rollator', 'afval/grofvuil', 12, -8, 1500],
  ]],
  ['s', [52.0833, 5.1390], [
    ['fietswrakken al maanden bij de fietsenrekken van het station, alleen nog een frame', 'afval/zwerfafval', 0, 0, 0],
    ['Weesfietsen en wrakken bij het fietsenrek Lunetten, half verroest, nemen alle plekken in', 'afval/grofvuil', 20, 10, 4300],
  ]],
  ['s', [52.0880, 5.1009], [
    ['oude kast naast de vuilcontainer', 'afval/grofvuil', 0, 0, 0],
    ['kledingkast naast de ondergrondse bak, deur eruit gevallen', 'afval/grofvuil', 5, -5, 120],
    ['Grof huisvuil, kast, naast containers Bloemstraat. Graag ophalen.', 'afval/grofvuil', -9, 2, 2200],
  ]],
  ['s', [52.0999, 5.1420], [
    ['Hoi! Doorgestuurd uit de buurtapp: "wie heeft er zoveel vuilniszakken in het portiek gezet 🤢🤢" — ze staan in de hal van nr 14', 'afval/zwerfafval', 0, 0, 0],
    ['zakken huisvuil in de gemeenschappelijke hal, stinkt naar vis. trappenhuis nr 14', 'wonen/portiek', 3, 3, 90],
  ]],
  ['s', [52.0700, 5.1350], [
    ['Bij de bushalte ligt een omgevallen afvalbak, leeg gegooid over de weg', 'afval/zwerfafval', 0, 0, 0],
    ['afvalbak bij de bushalte is eraf gesloopt, ligt nu op straat met alle rommel', 'veiligheid/vandalisme', 6, 4, 40],
  ]],
  ['s', [52.0870, 5.1175], [
    ['Gedumpt: zakken met kleding en schoenen bij de textielcontainer', 'afval/grofvuil', 0, 0, 0],
    ['textielbak vol, alle zakken ernaast, zijn nu opengescheurd', 'afval/container-vol', 8, 6, 600],
  ]],
  // different incidents close together
  ['d', [52.0894, 5.1107], [
    ['Bank naast de container Kanaalstraat hoek Damstraat', 'afval/grofvuil', 0, 0, 0],
    ['Alweer een bank bij de container op de hoek. De vorige is vorige week opgehaald en nu staat er een nieuwe, andere kleur.', 'afval/grofvuil', 10, 5, 10080],
  ]],
  ['d', [52.0823, 5.1302], [
    ['Grofvuil bij de containers aan de Marshallaan: een stoel', 'afval/grofvuil', 0, 0, 0],
    ['Stoel opgehaald, nu staat er een matras. Zelfde plek bij de containers. Elke week hetzelfde hier.', 'afval/grofvuil', 6, -4, 8640],
    ['En nu weer een kapotte tafel neergezet naast de container, derde keer deze maand', 'afval/grofvuil', -3, 8, 20160],
  ]],
  ['d', [52.0951, 5.1033], [
    ['Papiercontainer vol bij de supermarkt', 'afval/container-vol', 0, 0, 0],
    ['De glasbak verderop (bij het parkeerterrein, 150 m verder) zit ook vol', 'afval/container-vol', 120, 90, 60],
  ]],
  ['d', [52.0712, 5.1198], [
    ['Zwerfvuil in de bosjes bij het speeltuintje', 'afval/zwerfafval', 0, 0, 0],
    ['Er is ingebroken in mijn schuur in de achtertuin, slot opengebroken, fiets weg', 'veiligheid/inbraak', 40, 20, 90],
  ]],
  ['d', [52.1010, 5.0912], [
    ['Matras bij de container van nummer 2-40', 'afval/grofvuil', 0, 0, 0],
    ['Container aan de andere kant van het plein (bij 100-140) is kapot, klep hangt eraf', 'afval/container-vol', 90, 60, 180],
  ]],
  ['d', [52.0867, 5.1460], [
    ['Puin op het parkeerterrein van de sporthal', 'afval/illegale-dumping', 0, 0, 0],
    ['Op het parkeerterrein van de sporthal wordt gedeald uit een witte bus, elke avond rond 22u', 'overlast/drugsoverlast', 25, 10, 600],
  ]],
  ['d', [52.0780, 5.0988], [
    ['vuilniszakken naast container Kanaleneiland-Zuid', 'afval/zwerfafval', 0, 0, 0],
    ['bij de container verderop in de straat, voor nr 80, staat een kapotte stoel en wat planken', 'afval/grofvuil', 130, 20, 30],
  ]],
  ['d', [52.0925, 5.1175], [
    ['Afval gedumpt in het steegje achter de Voorstraat', 'afval/illegale-dumping', 0, 0, 0],
    ['Steegje achter de Voorstraat: de straatlantaarn is kapot, het is er pikdonker', 'openbare-ruimte/straatverlichting', 10, 5, 120],
  ]],
  ['d', [52.0655, 5.1011], [
    ['Wasmachine bij de containers Rijnlaan', 'afval/grofvuil', 0, 0, 0],
    ['De wasmachine is gisteren opgehaald, top. Maar nu staat er een vriezer op precies dezelfde plek', 'afval/grofvuil', 4, 2, 4320],
  ]],
  ['d', [52.1102, 5.1230], [
    ['Afval in de sloot bij het fietspad', 'afval/zwerfafval', 0, 0, 0],
    ['Boom langs het fietspad is half omgewaaid en hangt over het pad', 'openbare-ruimte/groen', 30, 0, 200],
  ]],
  ['d', [52.0899, 5.1240], [
    ['Rommel op het plein na de markt', 'afval/zwerfafval', 0, 0, 0],
    ['Na de markt van zaterdag ligt er weer van alles. (De rommel van woensdag werd wel netjes opgeruimd.)', 'afval/zwerfafval', 20, 10, 4320],
  ]],
  ['d', [52.0739, 5.1402], [
    ['Pas werkt niet bij de ondergrondse container Oudwijk', 'afval/container-vol', 0, 0, 0],
    ['De container om de hoek in de Nachtegaalstraat is vol', 'afval/container-vol', 160, -40, 100],
    ['Bij de container in de Oudwijk ligt een dode rat', 'afval/zwerfafval', 15, 10, 2880],
  ]],
  ['d', [52.0971, 5.1361], [
    ['matrassen bij de ingang van de school', 'afval/grofvuil', 0, 0, 0],
    ['Jongeren hangen elke middag bij de ingang van de school, schreeuwen en gooien met blikjes', 'overlast/jongeren', 10, 5, 300],
  ]],
  ['d', [52.0840, 5.0870], [
    ['Gedumpte banden bij het bedrijventerrein Cartesiusweg', 'afval/illegale-dumping', 0, 0, 0],
    ["Er worden vaten met een vreemde geur gedumpt achter het bedrijfspand op de Cartesiusweg, 's nachts rijden er busjes af en aan", 'ondermijning/verdacht-bedrijf', 80, 40, 1440],
  ]],
  ['d', [52.0817, 5.1155], [
    ['kliko omgewaaid, afval op straat nummer 23', 'afval/zwerfafval', 0, 0, 0],
    ['Bij nummer 57 in dezelfde straat ligt ook een omgevallen kliko, andere container', 'afval/zwerfafval', 110, 0, 30],
  ]],
  ['d', [52.0920, 5.1080], [
    ['oude tv bij de glasbak', 'afval/grofvuil', 0, 0, 0],
    ['Glasbak zelf is ook vol hoor, kan niks meer kwijt', 'afval/container-vol', 3, 3, 20],
  ]],
  ['d', [52.1045, 5.1150], [
    ['Lachgaspatronen op het speelveldje', 'afval/zwerfafval', 0, 0, 0],
    ['Het klimrek van de speeltuin hier is kapot, er steekt een scherpe schroef uit', 'openbare-ruimte/speelplek', 20, 15, 60],
  ]],
  ['d', [52.0688, 5.1281], [
    ['PMD container vol op het plein', 'afval/container-vol', 0, 0, 0],
    ['De restafval container op het plein is vol (de PMD is vanochtend geleegd)', 'afval/container-vol', 12, -6, 1440],
  ]],
  ['d', [52.0960, 5.1250], [
    ['verfblikken bij de container', 'afval/illegale-dumping', 0, 0, 0],
    ['Iemand heeft met verf graffiti op de container gespoten', 'veiligheid/vandalisme', 2, 2, 4000],
  ]],
  ['d', [52.0833, 5.1390], [
    ['fietswrakken bij het station', 'afval/zwerfafval', 0, 0, 0],
    ['Ik zag net iemand een slot doorknippen bij de fietsenrekken van het station en wegfietsen', 'veiligheid/verdachte-situatie', 15, 10, 500],
  ]],
  ['d', [52.0870, 5.1175], [
    ['Kledingzakken bij de textielcontainer', 'afval/grofvuil', 0, 0, 0],
    ['Er ligt een grote berg grofvuil in de berm bij de rotonde, stuk verderop', 'afval/illegale-dumping', 180, 120, 240],
  ]],
  ['d', [52.0880, 5.1009], [
    ['kast naast container Bloemstraat', 'afval/grofvuil', 0, 0, 0],
    ['Naast de container in de Bloemstraat staat een kast. Die van vorige week werd opgehaald, dit is weer een andere (wit, IKEA)', 'afval/grofvuil', 5, 5, 11520],
  ]],
  ['d', [52.0700, 5.1350], [
    ['afvalbak bij de bushalte omgegooid', 'afval/zwerfafval', 0, 0, 0],
    ['Bushokje glas ingegooid, overal scherven', 'veiligheid/vandalisme', 5, 2, 2880],
  ]],
  ['d', [52.0751, 5.1105], [
    ['Snoeiafval op de stoep', 'afval/illegale-dumping', 0, 0, 0],
    ['Tegels liggen los op de stoep, ik ben bijna gevallen', 'openbare-ruimte/bestrating', 8, 5, 60],
  ]],
];
