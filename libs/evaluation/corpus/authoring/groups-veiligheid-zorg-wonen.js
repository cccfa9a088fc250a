// Report groups about safety, care, housing and undermining, written by hand (format: see groups-afval.js).
module.exports = [
  ['s', [52.0883, 5.1110], [
    ['Verdachte man loopt al een half uur langs de voordeuren en voelt aan deurklinken, zwarte jas, capuchon', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['iemand met capuchon probeert deuren in de straat, nu bij nr 30', 'veiligheid/inbraak', 30, 5, 10],
    ['Whatsapp buurtpreventie: "man in zwarte jas checkt deuren en schuurtjes in de Bloemstraat, let op"', 'veiligheid/verdachte-situatie', 45, -5, 22],
  ]],
  ['s', [52.0756, 5.1165], [
    ['Vannacht is er ingebroken in de berging van ons complex, 4 boxen opengebroken', 'veiligheid/inbraak', 0, 0, 0],
    ['Inbraak in de fietsenkelder van de flat, ook mijn box is open. sloten kapot', 'veiligheid/inbraak', 5, 5, 180],
    ['bergingen opengebroken, e-bike gestolen, deur van de kelder stond open', 'wonen/portiek', -4, 3, 400],
  ]],
  ['s', [52.0930, 5.1270], [
    ['Auto ruiten ingeslagen in de hele straat, zeker 6 auto s', 'veiligheid/vandalisme', 0, 0, 0],
    ['mijn autoraam is ingeslagen vannacht, buren ook. Glas over de hele stoep', 'veiligheid/vandalisme', 60, 10, 120],
    ['Car windows smashed along the street last night, mine too', 'veiligheid/inbraak', 30, 5, 300],
  ]],
  ['s', [52.0798, 5.1020], [
    ['Er rijden auto s keihard door de 30 km zone voor de school, bijna een kind aangereden', 'veiligheid/verkeersonveilig', 0, 0, 0],
    ['Veel te hard rijden voor de basisschool, er moeten drempels komen!!', 'veiligheid/verkeersonveilig', 20, 10, 2000],
  ]],
  ['s', [52.0912, 5.1380], [
    ['Bushokje vernield, alle ruiten eruit', 'veiligheid/vandalisme', 0, 0, 0],
    ['abri kapot gegooid bij halte Stadion, glas overal', 'veiligheid/vandalisme', 10, 5, 60],
    ['Glass everywhere at the bus stop, shelter smashed', 'afval/zwerfafval', 5, 8, 200],
  ]],
  ['s', [52.0689, 5.1090], [
    ['Er staat al 3 weken een busje zonder kenteken in de straat, mannen komen s nachts spullen halen', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Wit busje zonder nummerborden staat al weken hier, s nachts gesjouw met dozen. Niet pluis.', 'ondermijning/verdacht-bedrijf', 10, 10, 4320],
  ]],
  ['s', [52.1012, 5.1335], [
    ['Verward persoon loopt op de rijbaan te schreeuwen, zonder schoenen', 'zorg/verward-gedrag', 0, 0, 0],
    ['een man loopt midden op de weg en roept tegen auto s, lijkt in de war', 'zorg/verward-gedrag', 40, 10, 8],
    ['Man op blote voeten op de Biltstraat, schreeuwt, auto s moeten uitwijken', 'veiligheid/verkeersonveilig', 80, 20, 15],
  ]],
  ['s', [52.0845, 5.1135], [
    ['Mijn buurvrouw (85) heb ik al een week niet gezien, brievenbus puilt uit, gordijnen dicht', 'zorg/eenzaamheid', 0, 0, 0],
    ['Oudere dame op nr 7 al dagen niet gezien. Post blijft liggen. Maakt me zorgen', 'zorg/niet-pluis', 4, 0, 1440],
  ]],
  ['s', [52.0770, 5.1280], [
    ['Uit de woning op nr 3 komt een vreselijke stank, het trappenhuis ruikt naar afval, bewoner zit vol spullen', 'zorg/verwaarlozing', 0, 0, 0],
    ['Stank in de galerij, komt van de woning van de meneer op nr 3. Ongedierte ook. Hij lijkt niet voor zichzelf te zorgen', 'wonen/portiek', 6, 2, 2880],
  ]],
  ['s', [52.0958, 5.1195], [
    ['De lift in onze flat is al 2 weken kapot, mensen met rollator zitten vast', 'wonen/onderhoud', 0, 0, 0],
    ['lift stuk sinds 2 wkn, mn oma woont op 8 en kan niet naar beneden', 'wonen/onderhoud', 5, 5, 1500],
    ['Elevator broken again in the flat, 2 weeks now, the housing corp does nothing', 'wonen/onderhoud', -5, 3, 4000],
  ]],
  ['s', [52.0870, 5.1040], [
    ['Schimmel op alle muren, de verhuurder doet niks, kinderen zijn steeds ziek', 'wonen/onderhoud', 0, 0, 0],
    ['Schimmel in de woningen van ons blok, ook bij de buren, verhuurder reageert niet', 'wonen/onderhoud', 10, 5, 7200],
  ]],
  ['s', [52.0805, 5.1405], [
    ['Het ruikt naar hennep uit het pand op de hoek, ramen afgeplakt, ventilator loopt dag en nacht', 'ondermijning/drugslab', 0, 0, 0],
    ['wietlucht uit het bedrijfspandje op de hoek, altijd dicht maar s nachts licht en gezoem', 'ondermijning/drugslab', 10, 5, 2880],
  ]],
  ['s', [52.0940, 5.1060], [
    ['Kapperszaak waar nooit klanten zijn maar wel dure auto s voor de deur, elke dag cash', 'ondermijning/verdacht-bedrijf', 0, 0, 0],
    ['Die barbershop op de hoek is een witwasding, nooit iemand in de stoel, wel steeds Mercedessen', 'ondermijning/verdacht-bedrijf', 5, 5, 10000],
  ]],
  ['s', [52.0730, 5.1230], [
    ['In het huis naast ons wonen zeker 10 mannen, ze worden om 5 uur s ochtends met een busje opgehaald', 'ondermijning/uitbuiting', 0, 0, 0],
    ['Heel veel arbeidsmigranten in één huis, matrassen in de woonkamer, busje om 5u. Worden ze uitgebuit?', 'wonen/woonfraude', 5, 0, 3000],
  ]],
  ['s', [52.0990, 5.1030], [
    ['Portiekdeur staat altijd open, slot kapot, daklozen slapen in de hal', 'wonen/portiek', 0, 0, 0],
    ['de voordeur van ons portiek sluit niet, s nachts slaapt er iemand onder de trap', 'wonen/portiek', 3, 3, 720],
  ]],
  ['s', [52.0824, 5.1085], [
    ['Jongen van een jaar of 12 wordt door oudere jongens gedwongen pakketjes weg te brengen, zie het al weken', 'ondermijning/uitbuiting', 0, 0, 0],
    ['kinderen worden gebruikt als drugsrunner bij het pleintje, elke middag dezelfde scooter die ze pakketjes geeft', 'overlast/drugsoverlast', 20, 10, 2880],
  ]],
  ['s', [52.0910, 5.1000], [
    ['Graffiti op de gevel van de bibliotheek, grote tags', 'veiligheid/vandalisme', 0, 0, 0],
    ['bieb beklad met graffiti vannacht', 'veiligheid/vandalisme', 10, 5, 300],
  ]],
  ['s', [52.0760, 5.1380], [
    ['Brandlucht en rook uit de kelder van de flat!! Brandweer gebeld', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Kelderbox in brand gestoken in de flat aan de Briljantlaan, zwarte rook in het trappenhuis', 'veiligheid/vandalisme', 5, 5, 10],
  ]],
  ['s', [52.1045, 5.1270], [
    ['Meneer zit al dagen op het bankje bij de supermarkt, slaapt er ook, lijkt ziek en verward', 'zorg/verward-gedrag', 0, 0, 0],
    ['Dakloze man bij de Jumbo, zelfde plek sinds maandag, hoest erg en praat tegen zichzelf. Kan iemand helpen?', 'zorg/verward-gedrag', 10, 5, 2880],
  ]],
  ['s', [52.0852, 5.1298], [
    ['Leegstaand pand aan de Oosterstraat 12, krakers? s nachts licht en mensen', 'wonen/leegstand', 0, 0, 0],
    ['In het lege huis op Oosterstr 12 zijn mensen binnen, ik zie zaklampen', 'veiligheid/verdachte-situatie', 3, 3, 1440],
  ]],
  ['s', [52.0718, 5.1000], [
    ['Mijn fiets is gestolen bij het station, slot doorgeknipt', 'veiligheid/inbraak', 0, 0, 0],
    ['Fietsendief actief bij de stalling, net weer iemand met een betonschaar', 'veiligheid/verdachte-situatie', 20, 10, 30],
  ]],
  ['s', [52.0978, 5.1310], [
    ['Kinderen gooien stenen naar de trams bij de halte', 'veiligheid/vandalisme', 0, 0, 0],
    ['groepje kids gooit met stenen op de tram, ruit van de tram is gebarsten', 'overlast/jongeren', 15, 5, 20],
  ]],
  ['s', [52.0810, 5.1250], [
    ['Oudere man op nummer 5 loopt s nachts in zijn pyjama over straat en weet niet waar hij woont', 'zorg/verward-gedrag', 0, 0, 0],
    ['Buurman met dementie denk ik, stond vannacht om 3u weer bij ons aan te bellen, zoekt zijn vrouw (die is overleden)', 'zorg/niet-pluis', 15, 0, 1440],
  ]],
  ['s', [52.0895, 5.1395], [
    ['De lantaarnpaal is kapot EN er gebeuren hier dingen, vannacht weer een scooter gestolen in het donkere stuk', 'veiligheid/inbraak', 0, 0, 0],
    ['scooter gestolen van voor de deur, het is daar pikkedonker', 'veiligheid/inbraak', 10, 5, 30],
  ]],
  // different incidents close together
  ['d', [52.0883, 5.1110], [
    ['Verdachte man voelt aan deurklinken in de Bloemstraat', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Bloemstraat: vannacht ingebroken bij nr 12 via de achterdeur (niks gezien of gehoord)', 'veiligheid/inbraak', 20, 0, 10080],
  ]],
  ['d', [52.0756, 5.1165], [
    ['inbraak in de bergingen van het complex', 'veiligheid/inbraak', 0, 0, 0],
    ['Nu is er ook ingebroken in de bergingen van het complex ernaast (nr 100-140), 2 weken na die bij ons', 'veiligheid/inbraak', 90, 20, 20160],
  ]],
  ['d', [52.0930, 5.1270], [
    ['Autoruiten ingeslagen in de straat', 'veiligheid/vandalisme', 0, 0, 0],
    ['Een auto in de straat staat al weken op bakstenen zonder wielen', 'veiligheid/verdachte-situatie', 40, 0, 2880],
  ]],
  ['d', [52.0912, 5.1380], [
    ['Bushokje vernield halte Stadion', 'veiligheid/vandalisme', 0, 0, 0],
    ['Bij halte Stadion is de dienstregeling-paal omgereden door een auto', 'veiligheid/verkeersonveilig', 8, 4, 10080],
  ]],
  ['d', [52.1012, 5.1335], [
    ['Verward persoon op de rijbaan', 'zorg/verward-gedrag', 0, 0, 0],
    ['Mevrouw op de Biltstraat is gevallen met haar fiets en ligt op de stoep, ze is aanspreekbaar', 'veiligheid/verkeersonveilig', 60, 10, 1440],
  ]],
  ['d', [52.0845, 5.1135], [
    ['buurvrouw nr 7 al een week niet gezien', 'zorg/eenzaamheid', 0, 0, 0],
    ['Meneer op nr 11 is erg eenzaam, zijn vrouw is overleden, hij praat met niemand meer. Kan er iemand langs?', 'zorg/eenzaamheid', 25, 0, 20160],
  ]],
  ['d', [52.0958, 5.1195], [
    ['lift kapot in de flat', 'wonen/onderhoud', 0, 0, 0],
    ['In de flat is het trappenhuis vies, urine en afval, al weken niet schoongemaakt', 'wonen/portiek', 5, 5, 1440],
  ]],
  ['d', [52.0805, 5.1405], [
    ['hennepgeur uit het pand op de hoek', 'ondermijning/drugslab', 0, 0, 0],
    ['Op de hoek staat een scooter al een maand met het slot erop en lekke banden', 'afval/zwerfafval', 5, 5, 4320],
  ]],
  ['d', [52.0940, 5.1060], [
    ['barbershop witwassen', 'ondermijning/verdacht-bedrijf', 0, 0, 0],
    ['Nagelstudio ernaast: meisjes lijken daar te wonen en werken dag en nacht, spreken geen Nederlands', 'ondermijning/uitbuiting', 10, 0, 2000],
  ]],
  ['d', [52.0990, 5.1030], [
    ['portiekdeur kapot, daklozen in de hal', 'wonen/portiek', 0, 0, 0],
    ['In het portiek hiernaast (nr 40) hebben ze de brievenbussen opengebroken', 'veiligheid/vandalisme', 20, 0, 720],
  ]],
  ['d', [52.0910, 5.1000], [
    ['graffiti op de bibliotheek', 'veiligheid/vandalisme', 0, 0, 0],
    ['Nieuwe graffiti op de bieb, de vorige tags waren vorige week weggehaald, nu weer', 'veiligheid/vandalisme', 5, 0, 12000],
  ]],
  ['d', [52.0760, 5.1380], [
    ['Kelderbox in brand flat Briljantlaan', 'veiligheid/vandalisme', 0, 0, 0],
    ['Weer een brandje in een kelderbox van de Briljantlaan, twee dagen na de vorige', 'veiligheid/vandalisme', 5, 5, 2880],
  ]],
  ['d', [52.1045, 5.1270], [
    ['dakloze man bij de supermarkt', 'zorg/verward-gedrag', 0, 0, 0],
    ['Winkelwagens van de Jumbo liggen in de vijver achter de supermarkt', 'afval/zwerfafval', 30, 20, 600],
  ]],
  ['d', [52.0718, 5.1000], [
    ['fiets gestolen bij het station', 'veiligheid/inbraak', 0, 0, 0],
    ['Mijn fiets ook gestolen, bij het station, maar vanochtend om 8 uur (die van vorige week was iemand anders)', 'veiligheid/inbraak', 15, 5, 10080],
  ]],
  ['d', [52.0978, 5.1310], [
    ['kinderen gooien stenen naar de tram', 'veiligheid/vandalisme', 0, 0, 0],
    ['Tramhalte: de verlichting van de halte is uit', 'openbare-ruimte/straatverlichting', 10, 5, 1000],
  ]],
  ['d', [52.0810, 5.1250], [
    ['demente buurman loopt s nachts op straat', 'zorg/verward-gedrag', 0, 0, 0],
    ['Een andere buurman (nr 19) schreeuwt in zijn tuin tegen niemand, lijkt psychose', 'zorg/verward-gedrag', 60, 0, 4320],
  ]],
  ['d', [52.0730, 5.1230], [
    ['10 mannen in één huis, busje om 5 uur', 'ondermijning/uitbuiting', 0, 0, 0],
    ['Verbouwing zonder vergunning bij het huis ernaast, ze maken een extra verdieping', 'wonen/woonfraude', 10, 0, 7200],
  ]],
  ['d', [52.0870, 5.1040], [
    ['schimmel in de woning, verhuurder doet niks', 'wonen/onderhoud', 0, 0, 0],
    ['Dakgoot van ons blok lekt en hangt los, valt straks op iemand', 'wonen/onderhoud', 20, 0, 30000],
  ]],
  ['d', [52.0852, 5.1298], [
    ['krakers Oosterstraat 12', 'wonen/leegstand', 0, 0, 0],
    ['Oosterstraat 40 staat ook al maanden leeg, tuin verwildert, ander pand', 'wonen/leegstand', 100, 0, 2000],
  ]],
  ['d', [52.0895, 5.1395], [
    ['scooter gestolen voor de deur', 'veiligheid/inbraak', 0, 0, 0],
    ['Lantaarnpaal voor de deur is kapot', 'openbare-ruimte/straatverlichting', 5, 5, 60],
  ]],
];
