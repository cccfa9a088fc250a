// Report groups about streets, lighting and greenery, written by hand (format: see groups-afval.js).
module.exports = [
  ['s', [52.0862, 5.1212], [
    ['Lantaarnpaal voor Oudegracht 140 doet het niet', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['straatlamp kapot bij de werf, het is super donker als je de trap op loopt', 'openbare-ruimte/straatverlichting', 15, 10, 300],
    ['Licht uit op de oudegracht t.h.v. nr 138-142, eng als je alleen naar huis loopt', 'veiligheid/verdachte-situatie', -10, 5, 1500],
  ]],
  ['s', [52.0760, 5.1310], [
    ['De straatverlichting in de hele Prinses Irenelaan is uit sinds gisteravond', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['alle lampen in de straat uit', 'openbare-ruimte/straatverlichting', 60, 20, 200],
    ['Street lights on Prinses Irenelaan have been off since yesterday, very dark', 'openbare-ruimte/straatverlichting', -40, -10, 800],
    ['Hele straat stikdonker, geen enkele lantaren brand!', 'openbare-ruimte/straatverlichting', 90, 30, 1300],
  ]],
  ['s', [52.0935, 5.1120], [
    ['Lamp knippert de hele nacht, ik kan niet slapen, schijnt recht mijn slaapkamer in', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['knipperende lantaarnpaal voor nummer 8', 'openbare-ruimte/straatverlichting', 5, 5, 1440],
  ]],
  ['s', [52.0801, 5.1198], [
    ['losse stoeptegels voor de bakker, mijn moeder is gestruikeld', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['Stoep ligt open bij de bakker op de Twijnstraat, tegels steken omhoog', 'openbare-ruimte/bestrating', 8, -3, 2000],
    ['gat in de stoep twijnstr, iemand is gevallen en had een bloedende knie', 'openbare-ruimte/bestrating', -5, 4, 3000],
  ]],
  ['s', [52.0902, 5.1321], [
    ['Grote boomtak afgebroken en ligt over het fietspad Maliesingel', 'openbare-ruimte/groen', 0, 0, 0],
    ['tak op fietspad maliesingel!! bijna ertegenaan gefietst in het donker', 'openbare-ruimte/groen', 20, 10, 30],
    ['Er ligt een dikke tak over het fietspad, na de storm van vannacht. Gevaarlijk.', 'veiligheid/verkeersonveilig', -15, 5, 90],
  ]],
  ['s', [52.0710, 5.1050], [
    ['Putdeksel ligt scheef en klappert elke keer als er een auto overheen rijdt', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['rioolputdeksel los bij kruising, gevaarlijk voor fietsers en ik hoor hem de hele nacht rammelen', 'openbare-ruimte/riolering', 6, 2, 600],
  ]],
  ['s', [52.1023, 5.1080], [
    ['Na de regen staat de hele straat blank, putten lopen niet door', 'openbare-ruimte/riolering', 0, 0, 0],
    ['Wateroverlast in de Kruisstraat, water staat tot aan de voordeur. Riool verstopt?', 'openbare-ruimte/riolering', 30, 15, 40],
    ['Straat onder water!! kelder loopt vol', 'openbare-ruimte/riolering', -20, 25, 70],
  ]],
  ['s', [52.0850, 5.1430], [
    ['Schommel in de speeltuin van het Wilhelminapark is kapot, ketting gebroken', 'openbare-ruimte/speelplek', 0, 0, 0],
    ['ketting van de schommel gebroken, zit een scherp stuk aan, mijn kind heeft zich gesneden', 'openbare-ruimte/speelplek', 10, 5, 1200],
  ]],
  ['s', [52.0975, 5.1005], [
    ['Boom staat scheef na de storm, wortels komen omhoog, staat tegen een huis aan te leunen', 'openbare-ruimte/groen', 0, 0, 0],
    ['Die grote populier bij de Amsterdamsestraatweg 300 hangt echt gevaarlijk schuin nu', 'openbare-ruimte/groen', 15, 10, 180],
    ['boom dreigt om te vallen op ons huis!!! BEL IEMAND', 'veiligheid/verkeersonveilig', 5, -5, 240],
  ]],
  ['s', [52.0728, 5.1262], [
    ['Verkeerslicht bij de kruising Waterlinieweg staat op knipperen, levensgevaarlijk', 'veiligheid/verkeersonveilig', 0, 0, 0],
    ['stoplicht doet het niet meer bij waterlinieweg, auto s rijden gewoon door', 'veiligheid/verkeersonveilig', 25, 10, 25],
  ]],
  ['s', [52.0887, 5.1062], [
    ['Gras in het plantsoen niet gemaaid, staat een meter hoog met teken', 'openbare-ruimte/groen', 0, 0, 0],
    ['plantsoen is een jungle geworden, kan de gemeente eens maaien?', 'openbare-ruimte/groen', 20, 20, 4000],
  ]],
  ['s', [52.0818, 5.1347], [
    ['Bankje in het park is kapot getrapt, planken los met spijkers', 'veiligheid/vandalisme', 0, 0, 0],
    ['Parkbank kapot, spijkers steken uit, gevaarlijk voor kinderen', 'openbare-ruimte/speelplek', 8, 8, 300],
  ]],
  ['s', [52.1058, 5.1190], [
    ['de lamp in de fietstunnel onder het spoor is stuk', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Fietstunnel onder spoor compleet donker, voel me niet veilig daar om 23u', 'veiligheid/verdachte-situatie', 20, 0, 400],
    ['verlichting tunnel kapot (spoor Overvecht), al 3 dagen', 'openbare-ruimte/straatverlichting', 10, 5, 4200],
  ]],
  ['s', [52.0790, 5.1150], [
    ['Verzakte klinkers in de straat, er staat steeds een plas', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['de weg is verzakt bij nr 31, elke keer als het regent grote plas en auto s spatten iedereen nat', 'openbare-ruimte/riolering', 10, 0, 5000],
  ]],
  ['s', [52.0944, 5.1292], [
    ['Speeltoestel op het schoolplein aan de Nobelstraat (openbare speelplek) wiebelt, bout los', 'openbare-ruimte/speelplek', 0, 0, 0],
    ['glijbaan wiebelt heel erg, staat los van de grond', 'openbare-ruimte/speelplek', 5, 5, 720],
  ]],
  ['s', [52.0840, 5.1250], [
    ['Lantaarnpaal aangereden, hangt schuin over de stoep, draden zichtbaar', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['paal van de straatlamp is aangereden en staat scheef, er hangen kabels uit!!', 'veiligheid/verkeersonveilig', 4, -3, 15],
    ['Lichtmast scheef na aanrijding vannacht, kabels bloot. Graag snel afzetten', 'openbare-ruimte/straatverlichting', -6, 2, 60],
  ]],
  ['s', [52.0685, 5.1180], [
    ['Struiken zo hoog dat je bij de uitrit van de Rivierenwijk geen fietsers meer ziet aankomen', 'veiligheid/verkeersonveilig', 0, 0, 0],
    ['heg niet gesnoeid bij de uitrit, onoverzichtelijk, vanochtend bijna een fietser geraakt', 'openbare-ruimte/groen', 5, 5, 2880],
  ]],
  ['s', [52.0917, 5.1420], [
    ['Stinkende put, rioollucht in de hele straat', 'openbare-ruimte/riolering', 0, 0, 0],
    ['het stinkt naar riool bij ons voor de deur al dagen', 'openbare-ruimte/riolering', 25, 0, 2000],
  ]],
  ['s', [52.1000, 5.1300], [
    ['Er zit een enorm gat in de weg van de Biltstraat, fietsers moeten uitwijken', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['gat in het asfalt bij de bushalte biltstraat, mijn band is lek gegaan', 'openbare-ruimte/bestrating', 20, -5, 100],
    ['Pothole in Biltstraat near the bus stop, cyclists swerve into traffic', 'veiligheid/verkeersonveilig', 10, 0, 400],
  ]],
  ['s', [52.0770, 5.0950], [
    ['Boomwortels drukken de stoep omhoog, rollator kan er niet langs', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['stoeptegels omhoog door de wortels van de kastanjeboom', 'openbare-ruimte/groen', 10, 4, 10000],
  ]],
  ['s', [52.0868, 5.0955], [
    ['fontijn in de vijver in het park werkt niet en het water stinkt, dode vissen', 'openbare-ruimte/groen', 0, 0, 0],
    ['Dode vissen in de vijver van het park, het water is groen en stinkt', 'openbare-ruimte/riolering', 30, 20, 300],
  ]],
  ['s', [52.0950, 5.1180], [
    ['Lamp bij het zebrapad is uit, automobilisten zien voetgangers niet', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['zebrapad donker, verlichting kapot, levensgevaarlijk met de kinderen naar school in de ochtend', 'veiligheid/verkeersonveilig', 5, 2, 900],
  ]],
  ['s', [52.0806, 5.1070], [
    ['Hek van de speeltuin kapot, kleine kinderen kunnen zo de weg op lopen', 'openbare-ruimte/speelplek', 0, 0, 0],
    ['poortje speeltuin gaat niet meer dicht, ligt aan de drukke weg', 'openbare-ruimte/speelplek', 6, 6, 1440],
  ]],
  // different incidents close together
  ['d', [52.0862, 5.1212], [
    ['Lantaarnpaal voor Oudegracht 140 is kapot', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Lantaarnpaal voor Oudegracht 190 doet het ook niet (andere lamp, verder op de gracht)', 'openbare-ruimte/straatverlichting', 140, 90, 120],
  ]],
  ['d', [52.0760, 5.1310], [
    ['Straatlamp kapot voor nr 2 Prinses Irenelaan', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Aan het andere eind van de straat, bij nr 60, is ook een lamp stuk', 'openbare-ruimte/straatverlichting', 250, 0, 300],
  ]],
  ['d', [52.0935, 5.1120], [
    ['Knipperende lantaarnpaal voor nummer 8', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Er rijden auto s veel te hard door de straat, hier moet een drempel komen', 'veiligheid/verkeersonveilig', 20, 10, 240],
  ]],
  ['d', [52.0801, 5.1198], [
    ['losse stoeptegels bij de bakker', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['Bij de bakker is de etalage ingegooid vannacht', 'veiligheid/vandalisme', 3, 2, 900],
  ]],
  ['d', [52.0902, 5.1321], [
    ['tak over het fietspad maliesingel', 'openbare-ruimte/groen', 0, 0, 0],
    ['Een tweede boom is omgevallen verderop aan de singel, bij de brug. Ligt in het water', 'openbare-ruimte/groen', 200, 80, 60],
  ]],
  ['d', [52.1023, 5.1080], [
    ['Wateroverlast Kruisstraat', 'openbare-ruimte/riolering', 0, 0, 0],
    ['De stoep in de Kruisstraat is opengebroken en niet dichtgemaakt na het werk aan de kabels', 'openbare-ruimte/bestrating', 40, 10, 4320],
  ]],
  ['d', [52.0850, 5.1430], [
    ['Schommel kapot in de speeltuin', 'openbare-ruimte/speelplek', 0, 0, 0],
    ['Glijbaan in dezelfde speeltuin heeft een scheur in de bodem, snijdt in je broek', 'openbare-ruimte/speelplek', 12, 4, 20160],
  ]],
  ['d', [52.0975, 5.1005], [
    ['scheve boom Amsterdamsestraatweg 300', 'openbare-ruimte/groen', 0, 0, 0],
    ['De lantaarnpaal bij Amsterdamsestraatweg 300 brandt overdag ook', 'openbare-ruimte/straatverlichting', 10, 0, 1440],
  ]],
  ['d', [52.0728, 5.1262], [
    ['Verkeerslicht op knipperen kruising Waterlinieweg', 'veiligheid/verkeersonveilig', 0, 0, 0],
    ['Aanrijding gehad met een fietser op de kruising, fietser ligt op de grond, politie is gebeld', 'veiligheid/verkeersonveilig', 20, 5, 2880],
  ]],
  ['d', [52.0887, 5.1062], [
    ['Gras niet gemaaid in het plantsoen', 'openbare-ruimte/groen', 0, 0, 0],
    ["In het plantsoen liggen 's avonds jongeren met speakers tot 2 uur 's nachts", 'overlast/jongeren', 15, 10, 600],
  ]],
  ['d', [52.1058, 5.1190], [
    ['lamp fietstunnel spoor kapot', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['In de fietstunnel is een vrouw lastiggevallen door een man, hij rende richting station', 'veiligheid/verdachte-situatie', 10, 0, 2000],
  ]],
  ['d', [52.0790, 5.1150], [
    ['verzakte klinkers bij nr 31', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['Bij nr 75 zijn de klinkers er uitgehaald door iemand, er ligt een hoop zand', 'openbare-ruimte/bestrating', 180, 0, 1440],
  ]],
  ['d', [52.0840, 5.1250], [
    ['Lantaarnpaal aangereden', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Lantaarnpaal twee palen verderop brandt niet (niet aangereden, gewoon uit)', 'openbare-ruimte/straatverlichting', 60, 0, 4320],
  ]],
  ['d', [52.0917, 5.1420], [
    ['Stinkende put', 'openbare-ruimte/riolering', 0, 0, 0],
    ['De buren op nr 12 hebben een hennepkwekerij denk ik, het ruikt de hele dag naar wiet en de ramen zijn afgeplakt', 'ondermijning/drugslab', 20, 5, 1440],
  ]],
  ['d', [52.1000, 5.1300], [
    ['gat in de weg Biltstraat', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['Scooters rijden over het fietspad van de Biltstraat met 50 km/u', 'veiligheid/verkeersonveilig', 30, 10, 300],
  ]],
  ['d', [52.0950, 5.1180], [
    ['Lamp bij het zebrapad is uit', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['De lamp in het portiek van onze flat, hier tegenover het zebrapad, is al weken kapot', 'wonen/portiek', 25, 15, 200],
  ]],
  ['d', [52.0806, 5.1070], [
    ['Hek speeltuin kapot', 'openbare-ruimte/speelplek', 0, 0, 0],
    ['In de speeltuin zitten elke avond mannen te blowen en laten naalden achter', 'overlast/drugsoverlast', 10, 5, 600],
  ]],
  ['d', [52.0685, 5.1180], [
    ['heg niet gesnoeid bij de uitrit', 'openbare-ruimte/groen', 0, 0, 0],
    ['Boom bij de uitrit heeft een dode tak die elk moment kan vallen', 'openbare-ruimte/groen', 15, 5, 30000],
  ]],
];
