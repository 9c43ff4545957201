/**
 * Passwords people pick most often (SECURITY.md B5), lower case, only those of 8+ characters matter
 * because shorter ones are refused anyway. Gap: the requirement is a top-3000 list; this is a
 * hand-written list of a few hundred well-known ones (international leak lists and Dutch words),
 * plus the pattern checks in password-policy.ts. Replace with a vetted top-3000 file when one is
 * allowed into the repository.
 */
const words = `
password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword pa55word passwort
12345678 123456789 1234567890 12345678910 123123123 11111111 111111111 1111111111 00000000 000000000
87654321 987654321 0987654321 11223344 12341234 123321123 12344321 22222222 33333333 44444444 55555555
66666666 77777777 88888888 99999999 12121212 13131313 10203040 01234567 147258369 159753456 1q2w3e4r
1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx 1qazxsw2 zaq12wsx zaq1zaq1 qwertyui qwertyuiop qwerty12 qwerty123
qwerty1234 qwertyu1 qwer1234 asdfghjk asdfghjkl asdf1234 zxcvbnm1 zxcvbnm123 azertyui azerty123
abcd1234 abc12345 abcdefgh abcdefg1 a1b2c3d4 aa123456 iloveyou iloveyou1 iloveyou2 ilovegod
princess princess1 sunshine sunshine1 football football1 baseball basketball superman batman123
starwars trustno1 whatever welcome1 welcome123 letmein1 letmein123 master12 monkey123 dragon123
shadow123 michael1 jennifer jordan23 charlie1 computer internet samsung1 chocolate butterfly
liverpool chelsea1 arsenal1 manchester barcelona juventus realmadrid michelle1 jessica1 ashley12
babygirl babygirl1 lovely12 loveyou1 lovelove mylove12 fuckyou1 fuckoff1 killer12 hello123
hellohello goodluck freedom1 forever1 secret12 secret123 changeme changeme1 default1 administrator
admin123 admin1234 adminadmin root1234 toor1234 guest123 test1234 testtest tester123 user1234
login123 access14 pokemon1 naruto12 minecraft fortnite1 roblox123 spiderman ironman1 harrypotter
matrix12 mustang1 corvette ferrari1 porsche1 mercedes yamaha12 harley12 summer12 summer2023
summer2024 summer2025 winter12 winter2023 winter2024 spring2024 autumn2024 january1 december1
monday12 friday13 qazwsxedc qazwsx123 q1w2e3r4 q1w2e3r4t5 passpass password! password? password01
iloveu123 superstar rockstar1 blink182 metallica nirvana1 slipknot eminem12 beyonce1 jesus123
jesuschrist blessed1 angel123 angels12 flower12 sunflower rainbow1 unicorn1 cookie12 banana12
apple123 orange12 cheese12 pepper12 ginger12 buster12 tigger12 snoopy12 hunter12 hunter123
soccer12 hockey12 tennis12 golfer12 diamond1 silver12 golden12 purple12 yellow12 orange123
maverick thunder1 lightning phoenix1 warrior1 knight12 wizard12 legend12 champion champion1
victoria jasmine1 natalie1 nicole12 daniel12 andrew12 joshua12 matthew1 anthony1 william1
zxcvbnm123 asdasdasd qweqweqwe zxczxczxc abcabcabc aaaaaaaa aaaaaaaaa abababab qqqqqqqq
wachtwoord wachtwoord1 wachtwoord12 wachtwoord123 welkom01 welkom12 welkom123 welkomwelkom
geheim12 geheim123 geheimpje wachtwoordje inloggen inloggen1 inloggen123 amsterdam amsterdam1
rotterdam rotterdam1 utrecht1 eindhoven groningen denhaag1 nederland nederland1 holland1
hollandia feyenoord feyenoord1 ajax1900 ajaxajax ajax12345 psveindhoven oranje12 oranjeboven
koningsdag sinterklaas kerstmis1 zomer2024 winter2025 voetbal1 voetbal12 hondje12 katje123
poesje12 schatje1 schatje12 lieverd1 liefde12 ikhouvanjou hallo123 hallohallo doei1234
welkom2024 welkom2025 jeugdzorg gezien123 gezien2025 gezinsvoogd familie1 familie12 kinderen
mijnkind1 mama1234 papa1234 mamapapa oma12345 opa12345 prinses1 prinsesje lekker12 snoepje1
bloemen1 zonnetje zonnetje1 sterretje vlinder1 appeltje boterham kaasjes1 tulpen12 fietsen1
klompen1 molentje stroopwafel drop1234 bitterbal kroket12 frikandel gouda123 zeeland1 friesland
limburg1 brabant1 gelderland overijssel drenthe1 flevoland 1234abcd abcd12345 qwerty11
`;

export const commonPasswords: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
