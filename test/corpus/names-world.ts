// Common given names of the languages human-names does not cover (it lists en, de, es, it, fr, nl), in their usual
// Latin spellings: Central and Eastern Europe, the Nordic and Baltic countries, Greece, Turkey and the Caucasus, Central
// Asia, the Arab world, Iran, Israel, South Asia, East and South-East Asia, Africa, Portugal and Brazil. General
// knowledge, hand-written (like the katakana hand list in build-name-data.ts), from what is common in each country; not
// from any detector corpus. name-data-en.ts merges them into EN_GIVEN; a name that is also a common English word
// (SCOWL, levels 10–50) goes to the ambiguous list instead, and one of fewer than 3 letters is dropped. Left out by
// hand: names that are first an abbreviation, a place or an English word in running text (Jun, Thu, Min, Long, Dong,
// Hong as in Hong Kong, Sri as in Sri Lanka, Islam, Mana, Chai, Gang, Ping, Pong, Feng (as in Feng Shui), Yen, Loan, Hung, Dung, My).
export const WORLD_GIVEN = `
# Polish
adam adrian agata agnieszka aleksander aleksandra alicja andrzej aneta aniela antoni antonina arkadiusz artur barbara
bartosz bartłomiej beata bogdan bogumił bogusław bożena bronisław cezary czesław damian danuta dariusz dawid dominika
dorota edyta elżbieta emilia ewa ewelina feliks filip franciszek grażyna grzegorz halina henryk hubert iga igor irena
iwona izabela jacek jadwiga jakub jan janina janusz jarosław jerzy joanna jolanta józef julia julian justyna kacper
kamil kamila karol karolina katarzyna kazimierz kinga klaudia krystyna krzysztof leszek lucyna ludwik łukasz maciej
magdalena maja małgorzata marcin marek mariusz marzena mateusz michał mieczysław mikołaj milena mirosław monika
natalia nikola norbert oliwia oliwer patrycja paulina paweł piotr przemysław radosław rafał renata robert roman
ryszard sebastian stanisław sylwia szymon tadeusz teresa tomasz urszula wacław waldemar weronika wiesław wiktor
wiktoria witold władysław wojciech zbigniew zdzisław zofia zuzanna zygmunt
# Czech and Slovak
alena aleš blanka božena bohumil bohuslav dagmar daniela drahomíra eliška františek hana helena ivana jana jarmila
jaroslav jindřich jiří josef kateřina karel ladislav lenka libor lubomír ludmila lucie luboš marcela markéta martin
matěj matej michal miloš miroslav milan miluše nikola ondřej pavel pavla petr petra radek radim renata romana šárka
stanislav štěpán tereza tomáš václav věra veronika vladimír vlasta vojtěch zdeněk zdenka zuzana jozef ľubomír dušan
katarína mária zlatica ľudmila
# Slovene, Croatian, Serbian, Bosnian, Macedonian, Bulgarian
aleksandar ana andrija ante anto biljana blagoje bojan borislav boris borut božidar branimir branka branko danica
darko davor dejan dimitar dragan dragana dražen dubravka dušanka goran gordana hristo ivan ivana ivanka ivica ivo
jasmina jelena josip jovan jovana katarina kristijan krasimir ljiljana ljubica luka maja marija marina marko matija
mihailo mila milena milica milorad miodrag mirjana mladen nada nebojša nemanja nenad nevena nikolai nikolay nikolina
ognjen petar predrag radovan radmila ranko sanja saša sead senad silvija slavica slobodan snežana spomenka srđan
stefan stojan svetlana tanja tihomir todor tomislav valentina vesna vladimir vlado vukašin zdravko zlatko zoran zorica
željko žarko admir amela amir amra armin azra damir edin elvir emina emir enes haris jasmin kenan lejla mirza nermin
samir selma tarik
# Russian, Ukrainian, Belarusian
aleksandr aleksei aleksey alexei alexey alina alla anastasia anastasiya anatoly anatoliy andrei andrey anna anton
arkady artem artyom bogdan boris daria darya denis dmitri dmitry dmytro egor ekaterina elena evgeny evgeniy evgenia
fedor fyodor galina gennady georgy grigory igor ilya inna irina ivan kirill konstantin ksenia kseniya larisa leonid
lev lidia lyudmila lyubov maksim maxim margarita mariya marina mikhail mykola mykhailo nadezhda natalya nikita nikolai
oksana oleg olena oleksandr oleksii olga pavel pyotr polina roman ruslan sergei sergey serhiy stanislav svetlana taras
tatiana tatyana timofei timur vadim valentina valery valeriy vasily vasyl vera viktor viktoria vitaly vladislav
vladimir volodymyr vyacheslav yaroslav yekaterina yelena yevgeny yulia yuliya yuri yuriy zhanna zinaida nadia sasha
svetlana yana kateryna iryna tetiana nataliya halyna mariia anatolii yevhen
# Hungarian and Romanian
ádám ágnes andrás anikó attila balázs bálint barnabás bence csaba dániel dávid dénes dóra edit emese endre erika
erzsébet eszter ferenc gábor gergely gyöngyi györgy gyula ildikó imre istván józsef judit júlia katalin klára kornél
krisztina krisztián lajos lászló levente lilla márk márta mátyás miklós mihály nándor noémi norbert orsolya péter
piroska réka róbert sándor szabolcs szilvia tamás tibor tünde viktória zoltán zsófia zsolt zsuzsanna alexandru ana
andreea bogdan cătălin cătălina ciprian claudiu constantin cornel cristian cristina dan daniela dorin elena florin
gabriela gheorghe ioan ioana ion ionuț iulia iulian laurențiu lucian mădălina marian mihaela mihai mircea monica nicolae
ovidiu petru radu raluca sorin ștefan teodora valentin vasile victor viorel vlad
# Finnish, Estonian, Latvian, Lithuanian
aino aleksi anneli anni antero antti arja eero eija elina emmi esa helmi hannu heikki helena ilkka irmeli jaana jani
jari jarmo jouni juha juhani jukka jussi kaarina kaisa kalle kari katja kimmo kirsi kristiina lauri leena liisa maarit
marja markku marko matti merja mika mikko minna niina niko olli onni orvokki paavo päivi pasi pekka pentti petri pirjo
raimo reijo riikka riitta risto sanna sari satu seppo sirpa susanna taina tapani tapio tarja teemu terhi timo toni
tuomas tuula tuomo ulla veikko ville yrjö aivar andres anu jaan kadri kaja katrin kersti kristjan liis mart meelis
peeter piret priit rein siim tiina toomas tõnu ülle urmas agnese andris anita arturs dace dainis edgars gunta ilze
inese inga jānis kristaps laima līga māris mārtiņš oskars raimonds sandra uldis valdis zane algirdas aušra darius
dovilė giedrius gintaras ieva jolanta jonas jurgita kęstutis laura lina mindaugas rasa rūta saulius tomas vaida
vilma vytautas žydrūnas
# Swedish, Norwegian, Danish, Icelandic
agnetha anders annika arne astrid bengt birgitta björn bo britt dag einar elin erik fredrik gunnar gustav göran
hanna håkan henrik hilde ingrid inga ingvar jens johan jonas karin kerstin kjell lars leif lena lennart linnea magnus
malin margareta mats mikael nils olle ove per pernille rasmus sigrid siv solveig stig sune svante sven torbjörn tove
ulf ulrika vidar åsa øystein ola knut kari trond terje geir gunnhild håvard ingeborg jorunn kjersti marit ragnhild
sigurd sindre stian synnøve torstein tormod trine vegard mette søren anette bente dorthe frederik jesper jørgen
kirsten lasse lise lone mads morten niels rikke signe steen susanne thomas tobias troels birna björk guðrún gunnhildur
hildur jóhann jón kristín ólafur páll ragnar sigríður sigurður þór þórunn helga
# Greek and Cypriot
alexandros anastasios andreas angeliki antonios apostolos athanasios charalambos christina christos despina dimitra
dimitrios dimitris eleni eleftheria evangelia evangelos georgios giannis gianna ioanna ioannis kalliopi katerina
konstantinos kostas kyriakos lambros maria marios michalis nikolaos nikos olga panagiotis pantelis paraskevi pavlos
petros sofia sotiris spyros stavros stella theodoros thanasis vasileios vasiliki vassilis yiannis zoi
# Turkish, Azerbaijani, Albanian, Armenian, Georgian, Central Asian
ahmet ali alper arda aslı ayşe aylin aysel bahar barış berk burak burcu can cem cemile cengiz deniz derya ebru ece
elif emel emine emre engin esra fatma ferhat filiz gizem gökhan gül gülsüm hakan hande hasan hatice hülya ibrahim
ilker irem kaan kadir kemal kerem koray kübra leyla mehmet melek melike meltem merve murat mustafa nazlı necla nesrin
nihat nur oğuz onur orhan osman özge özlem pınar recep rıza selim selin semra serdar sevgi sibel sinan songül tolga
tuba tuncay uğur ümit volkan yasemin yavuz yiğit yusuf zehra zeynep aydan elvin farid fidan gunay jeyhun kamran
nigar orkhan rashad sabina tural ulvi vusal agron alban arben besnik blerina dritan elira erion fatjona gentian ilir
kujtim mimoza ornela shpresa valbona ylli anahit aram armen arpi ashot gayane gohar hayk hasmik karen lilit narek
tigran vardan davit giorgi irakli ketevan levan lasha mariam nino salome tamar tamari zurab aibek aigerim aizhan
almas askar asel aruzhan bakhyt bauyrzhan dana daniyar dinara erlan gulnara kairat madina marat nursultan saltanat
timur yerlan zhanar akmal aziz bakhtiyor dilnoza dilshod farrukh gulnora jamshid nodira otabek rustam sardor shahlo
sherzod ulugbek zarina
# Arabic, Persian, Hebrew
abdullah abdulrahman abdel abdelaziz abdul adel adnan ahmad ahmed aisha ayesha alaa ali amal amina amir amira anas
asma ayman aziz bashir basma bilal dalia dina fadi fahad faisal farah farid fatima fatma ghada hadi hala hamza hamid
hana hani hassan hatem hiba hind hisham hossam hussein ibrahim imad iman jamal jamila karim khaled khalid khalil
laila lamia layla leila lina mahmoud majid malak malik manal mansour marwa maryam mazen mohamed mohammad mohammed
mona mostafa mounir mustafa nabil nada nadia naser nasser nour noura omar osama rami rana rania rashid rasha reem
rima saad sabah said salah salem salim salma sami samir samira sara sarah sherif soha suleiman tamer tarek tareq wael
walid yasmin yasmine yasser yousef youssef yusuf zainab zaid zakaria ziad abbas akbar ali-reza alireza amin arash
ardalan arman babak bahram behnam behrouz bijan dariush ehsan elham farhad farnaz fereshteh golnar hamed hamid
hossein jalal kamran kaveh kian kourosh laleh leila mahnaz mahsa majid mehdi mehran mehrdad mina mitra mohsen
mojtaba morteza nasrin navid neda niloufar omid parisa parisa parviz payam pegah reza roya saeed sahar saman
sanaz shahram shirin siamak soheil sohrab soraya taraneh yasaman ziba avraham avi ayelet chaim dafna dalit eitan
elad eliezer gila hadas idan ilan itai itamar lior liat meir michal moshe noa noam ofer ofir orit oren rivka ronit
shai shira shlomo shmuel tal tamar yael yair yehuda yitzhak yosef yoav zvi
# South Asian
aarav aarti abhay abhishek aditi aditya ajay akash akshay alok amit amitabh amrita anand anil anita anjali ankit
ankita anupam anuradha arjun arun aruna arvind ashish ashok bhavna chandra deepak deepika devendra dilip dinesh
divya gaurav geeta girish gopal harish hema indira ishaan jagdish jaya jyoti kalpana kamala karan kavita kiran
krishna kumar lakshmi lalit madhu mahesh manish manoj meena meera mukesh naveen neha nikhil nisha nitin pankaj
pooja pradeep prakash pranav prasad prashant priya priyanka rahul raj rajesh rajiv rakesh ramesh ravi rekha rohan
rohit sachin sandeep sanjay sanjeev santosh sarita satish shankar shilpa shiv shreya shweta smita sneha sonia
subhash sudha suman sunil sunita suresh swati tanvi uma usha varun vijay vikas vikram vinay vinod vishal yash
anbu arulmozhi bala ganesh kannan karthik lakshman murugan palani ramya saravanan selvi senthil shanthi sivakumar
srinivas subramaniam sundar vasanth venkatesh vignesh anirban arnab debashish indranil partha sourav subhajit
tanushree gurpreet harpreet jaspreet manpreet navjot simran sukhwinder baljit amandeep rupinder asif fahim imran
irfan junaid kashif nadeem naveed owais rizwan sajid shahid tahir usman waqar zubair ayesha bushra farzana nasreen
rubina saima sadia tahira
# Chinese (pinyin and common Hong Kong / Taiwan spellings)
bao chen chun fang fei guang hao hua hui jia jian jiang jie jin jing kai lan lei li-na lian
liang lin ling meng ming na-na ning peng qiang qing rong rui shan shu tao ting wei wen xia xiang xiao xin
xiu xue yan yang yi-fan ying yong yu-ting yun zhen zhi zhong zhu bo-wen chang-ming da-wei hai-yan hui-min jia-hui
jian-guo li-hua mei-ling qing-hua shu-fen wen-jie xiao-ming xiu-ying yu-xuan zi-han jianguo jianhua xiaoming xiaoli
xiaoyan meiling weiwei lili yiming zihan haoran yuxuan zhiwei jiahui wenjie yifan chi-wai ka-ming kwok man-kit
siu-ming wai-man wing yuk-lin chia-hao chih-ming hsiu-ying shu-hui ya-ting
# Japanese
akane akari akemi akihiro akiko akira asuka atsushi ayaka ayako ayumi chie chihiro daichi daiki daisuke emi eri
fumiko haruka haruki haruto hayato hideki hideo hikari hina hinata hiroki hiromi hiroshi hiroyuki hisako hitomi
ichiro junko kaori kaoru kazuki kazuo kazuya keiko kenji kenta kentaro koji kumiko kyoko mai makoto mami
masahiro masako masaru masato mayumi megumi midori mika miki minoru misaki mitsuko miyu momoka naoki naoko natsuki
noriko osamu reiko rie riku rina risa ryo ryota ryu sachiko sakura satoshi sayaka shigeru shinji shota shun sora
sota takahiro takashi takeshi takumi taro tetsuya tomoko tomoya tsubasa yamato yoko yoshiko yoshio yui yuka yuki
yuko yumi yuna yusuke yuta yuto kaito sho
naoto naoya naohiro nao kenichi kenichiro koichi koichiro shinichi shinichiro yoichi junichi yuichi ryoichi seiichi
eiichi shuichi keiichi takuya tatsuya kazuhiro kazuhiko kazuma masaki masayuki masashi masanori masao hiroaki
hirofumi hironori hirotaka hideaki hidetoshi toshiaki toshiyuki toshio yoshiaki yoshihiro yoshinori yoshiyuki
yoshikazu yoshito norihiro nobuyuki nobuo noboru tadashi takao takayuki takuma tomohiro tomoaki tomoki yasuhiro
yasushi yasuo yuji yukio ryosuke kosuke keisuke shunsuke sosuke kohei shohei ryohei kyohei shingo shinya shuhei akio
isamu katsuya katsuhiro manabu mamoru michio mitsuru ryuji seiji shoji shuji tsuyoshi yuya yuma kenya keita kota
hayate genki hanako yoshie yoshimi yuriko yukiko yukari yukie yumiko naomi nanami nanako natsumi natsuko nozomi nahoko
nobuko michiko miyuki mizuki mio miho mihoko minami misato mariko marina mayu maho kanako kayo kazuko kiyomi kumi
mutsumi sae saori satomi shiori shizuka sumiko takako tamaki tomomi yasuko ayane ayano chisato chiaki chinatsu erika
eriko etsuko harumi hiroko izumi kaho kasumi kazue momoko rika rumi ryoko sanae sayuri shoko tomoe wakana yae yasue
yuina yuzuki asami asako aoi
# Korean
bo-ra chae-won da-eun dong-hyun eun-ji eun-young ha-eun hye-jin hyun-woo ji-ho ji-hoon ji-min ji-woo ji-yeon ji-young
jin-woo joon-young jun-ho jung-ho kyung-soo min-ho min-jae min-ji min-jun min-seo myung-soo seo-yeon seo-yun
seung-hoon sung-min so-yeon soo-jin sun-hee tae-yang woo-jin ye-jin yeon-woo young-ho yu-na jihoon jimin jiwoo
minjun minji seoyeon seojun doyun hajun jiho sungmin soojin hyejin eunji dongwoo taehyun jinwoo youngsoo
# Vietnamese, Thai, Indonesian, Malay, Filipino
anh bich binh chau cuong duc giang hanh hieu hoa hoang huong huy khanh khoa linh mai minh
ngoc nguyet nhung phong phuong quang quynh tam thanh thao thi thuy tien trang trinh trung tuan tuyet van viet
vinh vy xuan anong arthit kanya kittisak malee niran nok nong prasert somchai somsak sombat somporn
sunee supaporn suda thanom wanchai wichai agus ahmad andi arief bambang budi dedi dewi eko fitri hendra indah
joko kurniawan lestari made nyoman putri putu rina siti sulistyo suryani susanti teguh wahyu wayan yanti
yudi aziz farah hafiz haziq nurul syafiq syahirah zulkifli maricel marites rosario jocelyn lorna nenita rodrigo
rowena teodoro
# African
abena abimbola abiodun abdoulaye adaeze adebayo adebola adewale ademola adeola adetokunbo ayodele ayomide babajide
bankole bisi bolaji bukola chidi chidinma chidiebere chika chikamso chinedu chinonso chioma chinwe chukwuemeka
chukwudi damilola ebere efua ekene emeka funmilayo folake folasade gbenga ifeoma ifeanyi ikenna ngozi nkechi
nnamdi obinna oluwadamilare oluwaseun olumide olusegun oluwatobi onyeka sade segun tobi temitope tunde uche
uchenna yetunde yinka kwabena kwadwo kwaku kwame kwasi kofi kojo kweku yaw akosua akua ama afia adjoa yaa esi
aminata awa binta fatou mamadou moussa ousmane seydou abdou aissatou amadou boubacar cheikh ibrahima issa mariama
amani baraka faraji imani jabari juma neema zawadi wanjiru wambui kamau njeri mwangi otieno achieng akinyi omondi
thabo sipho thandiwe themba lindiwe nomvula sibusiso zanele nandi lwazi bongani mandla nokuthula ayanda tsegaye
abebe alemayehu almaz bereket dawit genet haile hirut kebede mulugeta selam tesfaye yohannes abdi ayaan farhiya
hodan hamse sahra warsame
# Portuguese and Brazilian
adriano alessandra aline ana-paula anderson antônio beatriz bruna bruno caio camila carla carlos cíntia cláudia
conceição cristiane daniel diego edson eduarda eduardo elaine fabiana fábio fernanda fernando flávia francisca
gabriel gilberto gonçalo guilherme gustavo helena heloísa inês joão joaquim jorge josé juliana leandro leonardo
letícia luana lucas luís luíza manuel marcelo márcia marcos maria mariana mateus matheus mauro nuno patrícia paulo
pedro rafael rafaela raquel renato ricardo rita roberto rodrigo rogério rui sandra sebastião sérgio simone susana
thiago tiago vanessa vinícius vitória wagner washington
`;
