// Report groups about nuisance, written by hand (format: see groups-afval.js).
module.exports = [
  ['s', [52.0905, 5.1160], [
    ['Harde muziek uit het huis op Lange Nieuwstraat 22, al sinds 23:00, het is nu 02:00', 'overlast/geluid', 0, 0, 0],
    ['feest met keiharde bassen lange nieuwstraat. ik moet om 6 uur op', 'overlast/burenoverlast', 12, 8, 25],
    ['Geluidsoverlast! Muziek, geschreeuw, nummer 22. Elke vrijdag hetzelfde.', 'overlast/geluid', -5, 6, 50],
    ['loud party next door at 22, bass through the walls, can’t sleep', 'overlast/geluid', 8, -4, 80],
  ]],
  ['s', [52.0830, 5.1230], [
    ['Groep jongeren op scooters bij het winkelcentrum, ze rijden rondjes en schelden mensen uit', 'overlast/jongeren', 0, 0, 0],
    ['hangjongeren bij de ingang van de AH, ze intimideren oudere mensen', 'overlast/jongeren', 30, 10, 40],
    ['Scooters met opgevoerde uitlaten rondjes rond het winkelcentrum, al een uur lang herrie', 'overlast/geluid', -20, 20, 70],
  ]],
  ['s', [52.0962, 5.1089], [
    ['Er wordt gedeald vanuit een zwarte auto op het parkeerterrein bij de flat, steeds andere mensen stappen in en uit', 'overlast/drugsoverlast', 0, 0, 0],
    ['Zwarte golf staat elke avond op de parkeerplaats, mensen lopen ernaartoe en gaan na 1 minuut weer weg. Dealen??', 'veiligheid/verdachte-situatie', 25, 15, 100],
    ['dealers parkeerplaats flat weer, zelfde auto als gisteren', 'overlast/drugsoverlast', 10, -10, 1500],
  ]],
  ['s', [52.0850, 5.1170], [
    ['Terras van café De Hoek gaat veel te laat dicht, om 2 uur nog geschreeuw en muziek', 'overlast/horeca', 0, 0, 0],
    ['Overlast van het café op de hoek: dronken mensen die tegen onze deur plassen', 'overlast/horeca', 15, 5, 60],
    ['Cafe de hoek, nog steeds herrie om half 3. Wordt hier ooit op gehandhaafd?', 'overlast/geluid', 10, 10, 120],
  ]],
  ['s', [52.0725, 5.1140], [
    ['Buurman boort en timmert elke dag tot 23 uur, al weken', 'overlast/burenoverlast', 0, 0, 0],
    ['Onze bovenburen (nr 14-2) maken elke avond tot laat bouwlawaai', 'overlast/burenoverlast', 3, 3, 4320],
  ]],
  ['s', [52.0995, 5.1245], [
    ['Hond blaft de hele dag als de eigenaar weg is, huilt ook. Nr 9', 'overlast/burenoverlast', 0, 0, 0],
    ['hond van de buren jankt en blaft al 6 uur, beestje is zielig en wij worden gek', 'overlast/geluid', 5, 5, 360],
  ]],
  ['s', [52.0880, 5.1300], [
    ['Vechtpartij voor de snackbar, zeker 5 mannen, een ligt op de grond', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Doorgestuurd uit groepsapp: "er wordt gevochten bij de snackbar op de Nachtegaalstraat!! iemand bellen?"', 'overlast/jongeren', 10, 10, 4],
    ['Fight outside the snack bar, several guys, one bleeding', 'veiligheid/verdachte-situatie', -8, 5, 9],
  ]],
  ['s', [52.0777, 5.1222], [
    ['In het portiek van nummer 44 zitten elke nacht mensen te gebruiken, spuiten op de trap', 'overlast/drugsoverlast', 0, 0, 0],
    ['Junks in ons trappenhuis!! Naalden en poep. nr 44. Kinderen moeten hier langs', 'wonen/portiek', 3, 2, 720],
  ]],
  ['s', [52.0920, 5.1025], [
    ['Motorcrossers op het grasveld achter de school, elke zondagmiddag', 'overlast/jongeren', 0, 0, 0],
    ['crossmotoren op het veld, ze scheuren vlak langs spelende kinderen', 'veiligheid/verkeersonveilig', 40, 20, 60],
    ['Alweer die crossers achter de school, kapot gereden gras en herrie', 'overlast/geluid', 25, 30, 100],
  ]],
  ['s', [52.0813, 5.1101], [
    ['mensen gooien vuurwerk in de brievenbussen hier, hele straat ligt vol met vuurwerk resten', 'overlast/jongeren', 0, 0, 0],
    ['Er wordt zwaar vuurwerk afgestoken in de straat, cobra s, ramen trillen. Het is pas november', 'overlast/geluid', 20, 10, 30],
  ]],
  ['s', [52.0703, 5.1315], [
    ['Buurvrouw schreeuwt en slaat met deuren, ik hoor kinderen huilen, maak me zorgen', 'zorg/niet-pluis', 0, 0, 0],
    ['Hoor al uren geschreeuw bij de buren op 3-hoog, kind huilt. Gaat het wel goed daar?', 'overlast/burenoverlast', 2, 3, 90],
  ]],
  ['s', [52.0988, 5.1147], [
    ['Lachgas gebruik in geparkeerde auto s op de Kaatstraat elke avond, ballonnen overal', 'overlast/drugsoverlast', 0, 0, 0],
    ['jongens in auto met muziek hard en lachgas ballonnen, kaatstr, tot 3 uur s nachts', 'overlast/jongeren', 20, -5, 140],
  ]],
  ['s', [52.0860, 5.1080], [
    ['Bladblazers om 7 uur s ochtends op zondag van de vve naast ons', 'overlast/geluid', 0, 0, 0],
    ['Tuinbedrijf van de VvE begint zondagochtend om 7 met bladblazers. Kan dat?', 'overlast/burenoverlast', 30, 0, 20],
  ]],
  ['s', [52.0940, 5.1355], [
    ['Shishalounge: auto s dubbel geparkeerd, toeters en harde muziek tot 4u', 'overlast/horeca', 0, 0, 0],
    ['bij die shisha tent is het elke nacht feest op straat, mensen hangen op de motorkap. wij slapen aan de voorkant', 'overlast/horeca', 15, 10, 180],
    ['Shisha lounge Biltstraat overlast again, cars blocking the street, honking', 'overlast/geluid', 25, 5, 1560],
  ]],
  ['s', [52.0745, 5.1050], [
    ['Meneer plast elke avond tegen onze schutting na het café', 'overlast/horeca', 0, 0, 0],
    ['cafébezoekers pissen tegen de schutting achter onze tuin', 'overlast/horeca', 8, 8, 2880],
  ]],
  ['s', [52.1032, 5.1210], [
    ['Ze zitten weer met een groep van een man of 15 op het bankje bij de kerk, drinken, muziek, rotzooi', 'overlast/jongeren', 0, 0, 0],
    ['groep hangjongeren kerkplein, blikjes bier, uitschelden van voorbijgangers', 'overlast/jongeren', 20, 10, 45],
  ]],
  ['s', [52.0897, 5.1195], [
    ['Airbnb hiernaast: elke dag nieuwe toeristen met rolkoffers, feestjes, sleutelkastje aan de gevel', 'wonen/woonfraude', 0, 0, 0],
    ['Naast ons wordt het huis illegaal verhuurd via airbnb, lawaai tot diep in de nacht', 'overlast/burenoverlast', 5, 0, 2000],
  ]],
  ['s', [52.0790, 5.1370], [
    ['Generator van een foodtruck draait de hele nacht op het plein', 'overlast/geluid', 0, 0, 0],
    ['Er staat een aggregaat te brommen op het pleintje, al 3 nachten, wie is hiervan?', 'overlast/geluid', 15, 10, 1440],
  ]],
  ['s', [52.0958, 5.0990], [
    ['er wordt drugs verkocht op het schoolplein na schooltijd, kinderen van 14 doen mee', 'overlast/drugsoverlast', 0, 0, 0],
    ['ik zie elke middag na 16u dezelfde jongens daar zakjes ruilen bij het schoolhek', 'veiligheid/verdachte-situatie', 15, 5, 1440],
  ]],
  // different incidents close together
  ['d', [52.0905, 5.1160], [
    ['Harde muziek Lange Nieuwstraat 22', 'overlast/geluid', 0, 0, 0],
    ['Ook herrie uit nummer 51, aan de overkant verderop, ander feest', 'overlast/geluid', 70, 40, 30],
  ]],
  ['d', [52.0830, 5.1230], [
    ['Jongeren op scooters bij het winkelcentrum', 'overlast/jongeren', 0, 0, 0],
    ['Inbraak bij de telefoonwinkel in het winkelcentrum, ruit ingeslagen, alarm gaat', 'veiligheid/inbraak', 25, 10, 400],
  ]],
  ['d', [52.0962, 5.1089], [
    ['Dealen vanuit een auto op het parkeerterrein', 'overlast/drugsoverlast', 0, 0, 0],
    ['Op hetzelfde parkeerterrein wordt sinds vanmiddag een auto gesloopt, wielen eraf gehaald', 'veiligheid/vandalisme', 20, 10, 1440],
  ]],
  ['d', [52.0850, 5.1170], [
    ['terras café De Hoek te laat open', 'overlast/horeca', 0, 0, 0],
    ['Restaurant twee deuren verder heeft een afzuiging die dag en nacht zoemt', 'overlast/geluid', 25, 5, 200],
  ]],
  ['d', [52.0725, 5.1140], [
    ['Buurman boort tot 23 uur', 'overlast/burenoverlast', 0, 0, 0],
    ['Buren van nummer 20 (andere kant) hebben ruzie, geschreeuw en gebonk, klinkt als slaan', 'zorg/niet-pluis', 30, 0, 600],
  ]],
  ['d', [52.0880, 5.1300], [
    ['Vechtpartij voor de snackbar', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Rotzooi voor de snackbar, bakjes en servetten over de hele stoep', 'afval/zwerfafval', 5, 5, 700],
  ]],
  ['d', [52.0777, 5.1222], [
    ['drugsgebruik in portiek nr 44', 'overlast/drugsoverlast', 0, 0, 0],
    ['Portiek van nr 44: de voordeur sluit niet meer, het slot is kapot', 'wonen/portiek', 2, 2, 10080],
  ]],
  ['d', [52.0920, 5.1025], [
    ['motorcrossers op het grasveld achter de school', 'overlast/jongeren', 0, 0, 0],
    ['Vanmiddag een fikkie gestookt op het grasveld achter de school, zwarte rook', 'veiligheid/vandalisme', 30, 10, 4320],
  ]],
  ['d', [52.0813, 5.1101], [
    ['vuurwerk in de brievenbussen', 'overlast/jongeren', 0, 0, 0],
    ['Er is ingebroken bij nummer 17, de deur is opengebroken, bewoners zijn op vakantie', 'veiligheid/inbraak', 20, 0, 300],
  ]],
  ['d', [52.0988, 5.1147], [
    ['Lachgas in auto s op de Kaatstraat', 'overlast/drugsoverlast', 0, 0, 0],
    ['Kaatstraat: verdachte man loopt langs alle auto s en probeert de deuren', 'veiligheid/verdachte-situatie', 40, 10, 1440],
  ]],
  ['d', [52.0940, 5.1355], [
    ['shisha lounge overlast muziek', 'overlast/horeca', 0, 0, 0],
    ['In de woning boven de shishalounge wonen volgens mij 12 mensen, steeds andere busjes brengen mannen weg', 'ondermijning/uitbuiting', 5, 5, 4320],
  ]],
  ['d', [52.1032, 5.1210], [
    ['hangjongeren bij de kerk', 'overlast/jongeren', 0, 0, 0],
    ['In de kerk is ingebroken, glas-in-lood raam kapot', 'veiligheid/inbraak', 10, 10, 1440],
  ]],
  ['d', [52.0790, 5.1370], [
    ['aggregaat foodtruck bromt de hele nacht', 'overlast/geluid', 0, 0, 0],
    ['Geluidsoverlast van een bouwplaats aan de andere kant van het plein, heien vanaf 6 uur', 'overlast/geluid', 80, 30, 720],
  ]],
  ['d', [52.0745, 5.1050], [
    ['plassen tegen de schutting', 'overlast/horeca', 0, 0, 0],
    ['Iemand heeft onze schutting beklad met graffiti', 'veiligheid/vandalisme', 3, 3, 7200],
  ]],
  ['d', [52.0897, 5.1195], [
    ['illegale verhuur airbnb', 'wonen/woonfraude', 0, 0, 0],
    ['Op nummer 8 (twee huizen verder) staat het huis al een jaar leeg, ramen dichtgetimmerd', 'wonen/leegstand', 20, 0, 200],
  ]],
  ['d', [52.0703, 5.1315], [
    ['geschreeuw bij de buren 3-hoog', 'zorg/niet-pluis', 0, 0, 0],
    ['Buurman op de begane grond van hetzelfde blok laat zijn muziek keihard aanstaan', 'overlast/geluid', 5, 5, 2880],
  ]],
];
