// Mixed report groups: long and very short texts, chat forwards, English, dialect and street language, typos
// (format: see groups-afval.js).
module.exports = [
  ['s', [51.9225, 4.4792], [
    ['Wollah er ligt zo een bank met kussens en een tapijt bij de container Zwart Janstraat, al sinds gister', 'afval/grofvuil', 0, 0, 0],
    ['Goedemiddag, ik wil melden dat er bij de ondergrondse containers aan de Zwart Janstraat ter hoogte van nummer 60 een bankstel, een opgerold tapijt en diverse losse kussens zijn achtergelaten. Dit staat er inmiddels al ruim een dag en begint het trottoir te blokkeren. Met vriendelijke groet', 'afval/illegale-dumping', 20, 10, 1300],
  ]],
  ['s', [51.9170, 4.4880], [
    ['lampie kapot bij de kade', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Straatlantaarn op de Boompjeskade doet het niet, stuk bij de steiger is erg donker', 'openbare-ruimte/straatverlichting', 25, -10, 600],
  ]],
  ['s', [51.9260, 4.4650], [
    ['FW: [Buurtapp Spangen] "Jongens er zit weer zo n gast in de bosjes bij de speeltuin te spuiten, naalden liggen er gewoon"', 'overlast/drugsoverlast', 0, 0, 0],
    ['naalden bij de speeltuin spangen, iemand zit in de bosjes te gebruiken', 'openbare-ruimte/speelplek', 15, 10, 45],
    ['Used needles near the playground in the bushes again, someone was injecting there this afternoon', 'overlast/drugsoverlast', 5, 20, 240],
  ]],
  ['s', [51.9190, 4.4720], [
    ['DE HELE NACHT HERRIE VAN DIE TENT OP DE WITTE DE WITH, IK BEN HET ZAT. 3 KEER GEBELD, NIKS GEBEURT', 'overlast/horeca', 0, 0, 0],
    ['club op de witte de with laat de deur open staan, bas dreunt tot 5 uur', 'overlast/geluid', 30, 5, 30],
  ]],
  ['s', [51.9300, 4.4900], [
    ['stoep kapot', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['De stoep voor de Vijverhofstraat 88 is opgebroken door de kabelleggers en nooit meer netjes teruggelegd, er zijn gaten waar je je enkel in verzwikt', 'openbare-ruimte/bestrating', 5, 5, 4300],
  ]],
  ['s', [52.3676, 4.9041], [
    ['iemand heeft een scooter in de gracht gegooid, je ziet hem nog half liggen bij de brug Keizersgracht', 'veiligheid/vandalisme', 0, 0, 0],
    ['scooter ligt in het water bij de brug, keizersgracht ter hoogte van 400', 'afval/illegale-dumping', 20, 10, 600],
  ]],
  ['s', [52.3600, 4.8800], [
    ['Bro er staat zo n wietlucht in de hele portiek en de meter kast van nr 3 zoemt, die gast heeft een plantage', 'ondermijning/drugslab', 0, 0, 0],
    ['Vermoeden hennepkwekerij op 3-hoog, warme vloer bij de bovenburen, constante geur en zoemende ventilatoren', 'ondermijning/drugslab', 3, 0, 7200],
  ]],
  ['s', [52.3700, 4.8950], [
    ['Toeristen plassen in de gracht, schreeuwen tot 4 uur, elke nacht vrijgezellenfeesten', 'overlast/horeca', 0, 0, 0],
    ['stag parties screaming on the bridge every night till 4am, peeing in the canal', 'overlast/geluid', 20, 10, 90],
  ]],
  ['s', [52.0800, 4.3100], [
    ['Boom is omgevallen op een geparkeerde auto in de Weimarstraat, takken op de weg', 'openbare-ruimte/groen', 0, 0, 0],
    ['boom op auto weimarstr', 'openbare-ruimte/groen', 10, 5, 20],
    ['Weimarstraat: omgewaaide iep blokkeert half de rijbaan. Tram kan er net langs', 'veiligheid/verkeersonveilig', -5, 10, 60],
  ]],
  ['s', [52.0750, 4.3000], [
    ['Ons portiek is een zwijnenstal, vuilniszakken op elke overloop, kakkerlakken', 'wonen/portiek', 0, 0, 0],
    ['vuilnis in het trappenhuis, er lopen beestjes, de beheerder doet niks', 'afval/zwerfafval', 2, 2, 1440],
  ]],
  ['s', [52.0900, 5.1130], [
    ['Hoi, ik woon op de Vinkenstraat en er staat al vanaf zaterdag een grote hoop met zakken en een stoel naast de container. Kunnen jullie die komen halen?', 'afval/grofvuil', 0, 0, 0],
    ['rommel bij de container vinkenstraat staat er nog steeds (zakken + stoel)', 'afval/grofvuil', 6, 3, 2880],
  ]],
  ['s', [52.0860, 5.1310], [
    ['De lampen van het fietspad langs de Kromme Rijn doen het niet, 200 meter zonder licht', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['fietspad kromme rijn geen verlichting meer, heb bijna een wandelaar geraakt', 'veiligheid/verkeersonveilig', 80, 30, 1440],
    ['Het pad langs de Kromme Rijn is s avonds aardedonker, lantarens kapot', 'openbare-ruimte/straatverlichting', 120, 40, 2000],
  ]],
  ['s', [52.0820, 5.1190], [
    ['Mensen met een grote hond die blaft en uitvalt naar kinderen bij het speelveld, geen riem', 'overlast/burenoverlast', 0, 0, 0],
    ['loslopende vechthond op het trapveldje, mijn zoontje werd bijna gebeten', 'veiligheid/verdachte-situatie', 20, 10, 120],
  ]],
  ['s', [52.0965, 5.1150], [
    ['Iemand zit op het dak van de school', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['twee jongens op het dak van de basisschool aan het klimmen, nu 21:30', 'overlast/jongeren', 10, 5, 6],
  ]],
  ['s', [52.0732, 5.1175], [
    ['wateroverlast tunnel', 'openbare-ruimte/riolering', 0, 0, 0],
    ['De fietstunnel bij de Vaartsche Rijn staat weer vol water, fietsers moeten door 30 cm water', 'openbare-ruimte/riolering', 20, 10, 60],
  ]],
  ['s', [52.0885, 5.1255], [
    ['Er hangt een man rond bij het schoolplein die kinderen aanspreekt en snoep aanbiedt', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Man spreekt kinderen aan bij het hek van de school, is al 2 keer weggestuurd door ouders', 'zorg/niet-pluis', 5, 5, 1440],
  ]],
  ['s', [52.1020, 5.1040], [
    ['Mijn buurman heeft al een maand zijn huur niet betaald en zegt dat ie geen eten heeft, hij is erg vermagerd. Ik weet niet wat ik moet doen', 'zorg/verwaarlozing', 0, 0, 0],
    ['Buurman nr 22 eet niet meer en huis is een puinhoop, hij laat niemand binnen', 'zorg/niet-pluis', 3, 0, 4320],
  ]],
  ['s', [52.0790, 5.1320], [
    ['Auto brand op de parkeerplaats!!!', 'veiligheid/vandalisme', 0, 0, 0],
    ['Er staat een auto in de fik op het parkeerterrein achter de flat, brandweer is er', 'veiligheid/verdachte-situatie', 15, 10, 12],
    ['car on fire in the parking lot behind the flats', 'veiligheid/vandalisme', 10, 20, 20],
  ]],
  ['s', [52.0940, 5.1215], [
    ['hele stoep vol met e-steps en deelscooters, kan er met de kinderwagen niet langs', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['Deelscooters kriskras over de stoep geparkeerd voor de Jumbo, blinde mensen struikelen erover', 'veiligheid/verkeersonveilig', 10, 5, 300],
  ]],
  ['s', [52.0770, 5.1060], [
    ['Buren verbouwen zonder vergunning en het hele stuk straat ligt vol met zand en puin', 'afval/illegale-dumping', 0, 0, 0],
    ['Bouwafval van de verbouwing op nr 16 ligt al 2 weken op straat', 'afval/grofvuil', 10, 0, 10080],
  ]],
  ['s', [52.1005, 5.1175], [
    ['omg er is net een vrouw beroofd van haar tas bij de pinautomaat, dader op een scooter richting de brug', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['tasjesroof bij de pinautomaat van de Rabo, 2 jongens op scooter', 'veiligheid/inbraak', 5, 5, 5],
  ]],
  ['s', [52.0880, 5.1120], [
    ['zwerfkat met gewonde poot bij de containers, al dagen', 'overig/overig', 0, 0, 0],
    ['Gewonde kat zit al een paar dagen bij de containers in de Bloemstraat, kan niet goed lopen', 'overig/overig', 8, 4, 2880],
  ]],
  ['s', [52.0950, 5.1400], [
    ['Mijn dochter zegt dat er bij de jongerenplek drugs worden verkocht aan kinderen van de middelbare school', 'overlast/drugsoverlast', 0, 0, 0],
    ['Bij de jongerenplek (pannakooi) worden pillen en wiet verkocht aan brugklassers, dagelijks rond 15u', 'overlast/drugsoverlast', 15, 10, 4320],
  ]],
  // different incidents close together
  ['d', [51.9225, 4.4792], [
    ['bank bij de container Zwart Janstraat', 'afval/grofvuil', 0, 0, 0],
    ['Zwart Janstraat: bij de container van nr 110 (andere kant van de straat) ook een matras', 'afval/grofvuil', 150, 60, 300],
  ]],
  ['d', [51.9170, 4.4880], [
    ['lamp kapot bij de kade', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Bij de kade ligt een losse stoeprand, mensen vallen erover als ze van de boot stappen', 'openbare-ruimte/bestrating', 15, 5, 600],
  ]],
  ['d', [51.9190, 4.4720], [
    ['herrie club Witte de With', 'overlast/horeca', 0, 0, 0],
    ['Herrie van de bar drie panden verderop, terras tot 2u vol', 'overlast/horeca', 60, 10, 1440],
  ]],
  ['d', [52.3676, 4.9041], [
    ['scooter in de gracht', 'veiligheid/vandalisme', 0, 0, 0],
    ['fiets in de gracht gegooid bij de volgende brug', 'afval/illegale-dumping', 180, 40, 4320],
  ]],
  ['d', [52.3700, 4.8950], [
    ['vrijgezellenfeesten op de brug', 'overlast/horeca', 0, 0, 0],
    ['Zakkenroller actief op de brug, toeriste kwijt haar telefoon', 'veiligheid/verdachte-situatie', 10, 5, 300],
  ]],
  ['d', [52.0800, 4.3100], [
    ['boom op auto Weimarstraat', 'openbare-ruimte/groen', 0, 0, 0],
    ['Weimarstraat: nog een boom is omgevallen, deze ligt verderop in de tuin van nr 200', 'openbare-ruimte/groen', 220, 60, 40],
  ]],
  ['d', [52.0900, 5.1130], [
    ['zakken en stoel naast de container Vinkenstraat', 'afval/grofvuil', 0, 0, 0],
    ['Vinkenstraat: kapotte fiets tegen de container gezet, zonder wielen', 'afval/grofvuil', 5, 5, 20160],
  ]],
  ['d', [52.0860, 5.1310], [
    ['fietspad Kromme Rijn geen verlichting', 'openbare-ruimte/straatverlichting', 0, 0, 0],
    ['Fietspad Kromme Rijn: boomwortels hebben het asfalt opengedrukt, hobbel waar je overheen vliegt', 'openbare-ruimte/bestrating', 40, 20, 300],
  ]],
  ['d', [52.0820, 5.1190], [
    ['loslopende hond op het speelveld', 'overlast/burenoverlast', 0, 0, 0],
    ['Hondenpoep over het hele speelveld, niemand ruimt het op', 'afval/zwerfafval', 10, 5, 4320],
  ]],
  ['d', [52.0732, 5.1175], [
    ['fietstunnel vol water', 'openbare-ruimte/riolering', 0, 0, 0],
    ['In de fietstunnel is een grote tag gespoten en een lamp eruit getrapt', 'veiligheid/vandalisme', 10, 5, 4320],
  ]],
  ['d', [52.0885, 5.1255], [
    ['man spreekt kinderen aan bij de school', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Ouders parkeren bij de school op de stoep en het zebrapad, levensgevaarlijk', 'veiligheid/verkeersonveilig', 10, 0, 1440],
  ]],
  ['d', [52.0790, 5.1320], [
    ['Auto brand op de parkeerplaats', 'veiligheid/vandalisme', 0, 0, 0],
    ['Weer een auto in brand gestoken, zelfde parkeerplaats als vorige week, nu een witte Peugeot', 'veiligheid/vandalisme', 20, 10, 10080],
  ]],
  ['d', [52.0940, 5.1215], [
    ['deelscooters op de stoep voor de Jumbo', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['Bij de Jumbo staat een man bedelend en agressief mensen aan te spreken', 'overlast/jongeren', 10, 5, 600],
  ]],
  ['d', [52.1005, 5.1175], [
    ['tasjesroof bij de pinautomaat', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Pinautomaat bij de Rabo heeft iets vreemds aan de gleuf zitten, skimmer?', 'veiligheid/verdachte-situatie', 3, 3, 2880],
  ]],
  ['d', [52.0880, 5.1120], [
    ['gewonde kat bij de containers', 'overig/overig', 0, 0, 0],
    ['Containers Bloemstraat vol, zakken ernaast', 'afval/container-vol', 5, 5, 300],
  ]],
  ['d', [52.0950, 5.1400], [
    ['drugs verkocht bij de pannakooi', 'overlast/drugsoverlast', 0, 0, 0],
    ['Het hek van de pannakooi is kapot en de goal is los, gevaarlijk', 'openbare-ruimte/speelplek', 5, 5, 2000],
  ]],
  ['d', [52.0770, 5.1060], [
    ['bouwafval verbouwing nr 16', 'afval/grofvuil', 0, 0, 0],
    ['Verbouwing op nummer 30: ze bouwen een dakkapel zonder vergunning, steigers op de stoep', 'wonen/woonfraude', 40, 0, 1440],
  ]],
  ['d', [52.0965, 5.1150], [
    ['Iemand op het dak van de school', 'veiligheid/verdachte-situatie', 0, 0, 0],
    ['Schoolplein: jongeren hangen hier elke avond en laten flessen achter', 'overlast/jongeren', 10, 10, 4320],
  ]],
  ['d', [52.3600, 4.8800], [
    ['wietlucht portiek nr 3', 'ondermijning/drugslab', 0, 0, 0],
    ['Portiek nr 3: de verlichting in het trappenhuis is al weken kapot', 'wonen/portiek', 2, 2, 1440],
  ]],
  ['d', [51.9300, 4.4900], [
    ['stoep opgebroken Vijverhofstraat 88', 'openbare-ruimte/bestrating', 0, 0, 0],
    ['Vijverhofstraat 120: losliggende tegels voor de deur, andere plek dan 88', 'openbare-ruimte/bestrating', 110, 0, 2000],
  ]],
  ['d', [52.0750, 4.3000], [
    ['vuilnis in het portiek', 'wonen/portiek', 0, 0, 0],
    ['De buurvrouw boven wordt volgens mij mishandeld, ik hoor slaan en huilen', 'zorg/niet-pluis', 2, 2, 2880],
  ]],
];
