import type { OfferTranslations } from "@praeventionskette/domain";

/*
 * Translations of the demo offers, by the German title of the offer (see offer-rows.ts): a
 * realistic share, not all. The welcome visits, the midwives, two family centres, language
 * support and the school-entry advice for newly arrived families are translated into the
 * languages their providers work in; four of them into Leichte Sprache (short sentences, one
 * statement each, compound words split with a hyphen). Some translations are partial on purpose
 * (the Turkish "Kinderhaus Regenbogen" has only a title), so the German fallback shows.
 * German terms that families meet in letters and forms stay in brackets (Elterngeld,
 * U-Untersuchungen, Frühe Hilfen).
 */
export const OFFER_TRANSLATIONS: Readonly<Record<string, OfferTranslations>> = {
  "Willkommensbesuch für Neugeborene": {
    en: {
      title: "Welcome visit for newborns",
      shortTitle: "Welcome visit",
      description:
        "In the first weeks after the birth, staff of the early help service (Frühe Hilfen) visit families at home or at the family centre. They bring the welcome folder with information on local services, parental allowance (Elterngeld) and the children's check-ups (U-Untersuchungen), and answer your questions. The visit is voluntary.",
      eligibility: "All families with a newborn baby in the towns served by the county youth office; the invitation comes by post.",
    },
    tr: {
      title: "Yenidoğanlar için hoş geldin ziyareti",
      shortTitle: "Hoş geldin ziyareti",
      description:
        "Erken Yardım (Frühe Hilfen) uzmanları, doğumdan sonraki ilk haftalarda aileleri evde ya da aile merkezinde ziyaret eder. Yanlarında bölgedeki hizmetler, ebeveyn parası (Elterngeld) ve çocuk muayeneleri (U-Untersuchungen) hakkında bilgiler içeren hoş geldin dosyasını getirir ve sorularınızı yanıtlarlar. Ziyaret isteğe bağlıdır.",
      eligibility: "İlçe gençlik dairesinin (Kreisjugendamt) sorumlu olduğu belediyelerde yeni doğmuş bebeği olan tüm aileler; davet posta ile gelir.",
    },
    ar: {
      title: "زيارة ترحيبية بالمولود الجديد",
      shortTitle: "زيارة ترحيبية",
      description:
        "يزور مختصّون من خدمة المساعدة المبكرة (Frühe Hilfen) العائلات في الأسابيع الأولى بعد الولادة في المنزل أو في مركز الأسرة. يحضرون معهم ملف الترحيب الذي يتضمن معلومات عن الخدمات المحلية وإعانة الوالدين (Elterngeld) والفحوصات الدورية للأطفال (U-Untersuchungen)، ويجيبون عن أسئلتكم. الزيارة اختيارية.",
      eligibility: "جميع العائلات التي لديها مولود جديد في البلديات التابعة لمكتب رعاية الشباب في المقاطعة؛ تصلكم الدعوة بالبريد.",
    },
    uk: {
      title: "Вітальний візит до новонароджених",
      shortTitle: "Вітальний візит",
      description:
        "У перші тижні після пологів фахівці служби ранньої допомоги (Frühe Hilfen) відвідують сім'ї вдома або в сімейному центрі. Вони приносять вітальну папку з інформацією про місцеві послуги, батьківську допомогу (Elterngeld) і профілактичні огляди дітей (U-Untersuchungen) та відповідають на ваші запитання. Візит є добровільним.",
      eligibility: "Усі сім'ї з новонародженими в громадах, які обслуговує окружне управління у справах молоді (Kreisjugendamt); запрошення надходить поштою.",
    },
    ru: {
      title: "Приветственный визит к новорождённым",
      shortTitle: "Приветственный визит",
      description:
        "В первые недели после родов специалисты службы ранней помощи (Frühe Hilfen) навещают семьи дома или в семейном центре. Они приносят приветственную папку с информацией о местных услугах, родительском пособии (Elterngeld) и профилактических осмотрах детей (U-Untersuchungen) и отвечают на ваши вопросы. Визит добровольный.",
      eligibility: "Все семьи с новорождёнными в общинах, которые обслуживает окружное ведомство по делам молодёжи (Kreisjugendamt); приглашение приходит по почте.",
    },
    "de-x-ls": {
      title: "Besuch nach der Geburt",
      shortTitle: null,
      description:
        "Sie haben ein Baby bekommen? Dann besuchen wir Sie. Wir kommen zu Ihnen nach Hause. Oder wir treffen uns im Familien-Zentrum. Wir bringen eine Mappe mit. In der Mappe stehen Infos. Zum Beispiel: Welche Hilfen gibt es in Ihrem Ort? Wie bekommen Sie Eltern-Geld? Wann muss Ihr Baby zum Kinder-Arzt? Sie können uns alles fragen. Der Besuch kostet nichts. Sie müssen den Besuch nicht machen.",
      eligibility: "Für alle Familien mit einem neuen Baby. Sie bekommen einen Brief mit einer Einladung.",
    },
  },
  "Babybegrüßung der Stadt Coesfeld": {
    en: {
      title: "Baby welcome of the town of Coesfeld",
      shortTitle: null,
      description:
        "The family office welcomes every newborn child in Coesfeld with a home visit, the family guide (Familienwegweiser) and a voucher for a course at the family education centre.",
      eligibility: "",
    },
    tr: {
      title: "Coesfeld Belediyesi bebek karşılama ziyareti",
      shortTitle: null,
      description:
        "Aile bürosu, Coesfeld'de doğan her bebeği bir ev ziyareti, aile rehberi (Familienwegweiser) ve aile eğitim merkezinde (Familienbildungsstätte) bir kurs için hediye çekiyle karşılar.",
      eligibility: "",
    },
  },
  "Willkommensbesuch Dülmen mit Familienwegweiser": {
    en: {
      title: "Welcome visit in Dülmen with the family guide",
      shortTitle: null,
      description:
        "The early help service of the town of Dülmen visits families after the birth, introduces services in your neighbourhood and, if needed, arranges further support.",
      eligibility: "",
    },
    ar: {
      title: "زيارة ترحيبية في دولمن مع دليل الأسرة",
      shortTitle: null,
      description: "تزور خدمة المساعدة المبكرة في مدينة دولمن العائلات بعد الولادة، وتعرّفها بالخدمات المتوفرة في الحي، وتساعد عند الحاجة في الوصول إلى دعم إضافي.",
      eligibility: "",
    },
    pl: {
      title: "Wizyta powitalna w Dülmen z przewodnikiem dla rodzin",
      shortTitle: null,
      description:
        "Służba wczesnej pomocy (Frühe Hilfen) miasta Dülmen odwiedza rodziny po porodzie, przedstawia oferty w dzielnicy i w razie potrzeby pośredniczy w uzyskaniu dalszego wsparcia.",
      eligibility: "",
    },
  },
  "Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflegerinnen": {
    en: {
      title: "Family midwives and family paediatric nurses",
      shortTitle: "Family midwives",
      description:
        "A family midwife is a midwife with additional training for families in difficult circumstances. Together with family health and paediatric nurses, she regularly visits pregnant women and young families at home until the child's first birthday.",
      eligibility: "Pregnant women and families with babies who would like additional support; referral through the early help service (Frühe Hilfen).",
    },
    tr: {
      title: "Aile ebeleri ve aile sağlığı ve çocuk hemşireleri",
      shortTitle: "Aile ebeleri",
      description:
        "Aile ebesi, zor yaşam koşullarındaki aileler için ek eğitim almış bir ebedir. Aile sağlığı ve çocuk hemşireleriyle birlikte hamile kadınlara ve genç ailelere çocuğun ilk doğum gününe kadar düzenli olarak evde destek olur.",
      eligibility: "Ek destek isteyen hamile kadınlar ve bebekli aileler; yönlendirme Erken Yardım (Frühe Hilfen) üzerinden yapılır.",
    },
    ar: {
      title: "قابلات الأسرة وممرضات صحة الأسرة والأطفال",
      shortTitle: "قابلات الأسرة",
      description:
        "قابلة الأسرة هي قابلة حاصلة على تأهيل إضافي لمساعدة العائلات التي تمر بظروف صعبة. ترافق الحوامل والعائلات الشابة بانتظام في المنزل حتى عيد الميلاد الأول للطفل، بالتعاون مع ممرضات صحة الأسرة والأطفال.",
      eligibility: "الحوامل والعائلات التي لديها رضّع وترغب في مرافقة إضافية؛ يتم التواصل عن طريق خدمة المساعدة المبكرة (Frühe Hilfen).",
    },
    uk: {
      title: "Сімейні акушерки та сімейні медсестри з догляду за дітьми",
      shortTitle: "Сімейні акушерки",
      description:
        "Сімейна акушерка — це акушерка з додатковою кваліфікацією для сімей у складних життєвих обставинах. Разом із сімейними медсестрами з догляду за дітьми вона регулярно відвідує вагітних і молоді сім'ї вдома до першого дня народження дитини.",
      eligibility: "Вагітні та сім'ї з немовлятами, які бажають додаткового супроводу; направлення через службу ранньої допомоги (Frühe Hilfen).",
    },
    "de-x-ls": {
      title: "Hebammen für Familien",
      shortTitle: null,
      description:
        "Eine Hebamme hilft bei der Geburt. Und sie hilft nach der Geburt. Eine Familien-Hebamme hat extra viel dazu gelernt. Sie hilft Familien, die es gerade schwer haben. Sie kommt oft zu Ihnen nach Hause. Schon in der Schwangerschaft. Und bis Ihr Baby 1 Jahr alt ist. Manchmal kommt auch eine Kinder-Kranken-Schwester mit.",
      eligibility: "Für Schwangere und für Familien mit Babys. Sie möchten mehr Hilfe? Dann melden Sie sich bei den Frühen Hilfen.",
    },
  },
  "Hebammenhilfe: Vermittlung für Schwangere ohne Hebamme": {
    en: {
      title: "Midwife help: finding a midwife for pregnant women",
      shortTitle: null,
      description:
        "Haven't found a midwife yet? The county group of midwives finds free places for antenatal care, postnatal care and breastfeeding advice, and names alternatives such as the open midwife consultation.",
      eligibility: "",
    },
    tr: {
      title: "Ebe desteği: Ebesi olmayan hamileler için ebe bulma",
      shortTitle: null,
      description:
        "Henüz bir ebe bulamadınız mı? İlçedeki ebeler grubu, doğum öncesi bakım, lohusalık dönemi ve emzirme danışmanlığı için boş yerleri bulur ve açık ebe danışma saati gibi başka seçenekleri gösterir.",
      eligibility: "",
    },
    ar: {
      title: "مساعدة القابلات: العثور على قابلة للحوامل",
      shortTitle: null,
      description:
        "لم تجدي قابلة بعد؟ تساعدك مجموعة القابلات في المقاطعة في العثور على مواعيد متاحة للرعاية أثناء الحمل وفترة النفاس والاستشارة في الرضاعة الطبيعية، وتدلّك على بدائل مثل ساعة الاستشارة المفتوحة لدى القابلة.",
      eligibility: "",
    },
    uk: {
      title: "Допомога з пошуком акушерки для вагітних",
      shortTitle: null,
      description:
        "Ви ще не знайшли акушерку? Окружна група акушерок допоможе знайти вільні місця для догляду під час вагітності, у післяпологовий період і для консультацій з грудного вигодовування, а також підкаже інші можливості, наприклад відкриту консультацію акушерки.",
      eligibility: "",
    },
  },
  "Offene Hebammensprechstunde in Dülmen": {
    en: {
      title: "Open midwife consultation in Dülmen",
      shortTitle: null,
      description:
        "Every Thursday a midwife answers questions about pregnancy, breastfeeding, sleep and first foods, no appointment needed. Also for families who have not found a midwife of their own.",
      eligibility: "",
    },
    tr: {
      title: "Dülmen'de açık ebe danışma saati",
      shortTitle: null,
      description:
        "Her perşembe bir ebe, randevu gerekmeden hamilelik, emzirme, uyku ve ek gıdalarla ilgili soruları yanıtlar. Kendi ebesini bulamamış aileler için de uygundur.",
      eligibility: "",
    },
    ar: {
      title: "ساعة استشارة مفتوحة لدى القابلة في دولمن",
      shortTitle: null,
      description:
        "كل يوم خميس تجيب قابلة دون موعد مسبق عن أسئلتكم حول الحمل والرضاعة الطبيعية والنوم والأطعمة التكميلية. الخدمة متاحة أيضًا للعائلات التي لم تجد قابلة خاصة بها.",
      eligibility: "",
    },
    uk: {
      title: "Відкрита консультація акушерки в Дюльмені",
      shortTitle: null,
      description:
        "Щочетверга акушерка без попереднього запису відповідає на запитання про вагітність, грудне вигодовування, сон і прикорм. Також для сімей, які не знайшли власну акушерку.",
      eligibility: "",
    },
  },
  "Mehrsprachige Begleitung rund um die Geburt": {
    en: {
      title: "Multilingual support around the birth",
      shortTitle: null,
      description:
        "Language and cultural mediators accompany pregnant women to the gynaecologist, the midwife and the maternity clinic and interpret during conversations.",
      eligibility: "",
    },
    ar: {
      title: "مرافقة متعددة اللغات خلال الحمل والولادة",
      shortTitle: null,
      description: "ترافق وسيطات لغويات وثقافيات الحوامل إلى عيادة طبيبة النساء والقابلة ومستشفى الولادة، ويقمن بالترجمة أثناء المحادثات.",
      eligibility: "",
    },
    fa: {
      title: "همراهی چندزبانه در دوران بارداری و زایمان",
      shortTitle: null,
      description: "میانجی‌های زبانی و فرهنگی زنان باردار را به مطب پزشک زنان، ماما و بیمارستان زایمان همراهی می‌کنند و در گفت‌وگوها ترجمه می‌کنند.",
      eligibility: "",
    },
    uk: {
      title: "Багатомовний супровід під час вагітності та пологів",
      shortTitle: null,
      description: "Мовні та культурні посередниці супроводжують вагітних до гінеколога, акушерки та пологового будинку й перекладають під час розмов.",
      eligibility: "",
    },
    ru: {
      title: "Многоязычное сопровождение во время беременности и родов",
      shortTitle: null,
      description: "Языковые и культурные посредницы сопровождают беременных к гинекологу, акушерке и в роддом и переводят во время бесед.",
      eligibility: "",
    },
  },
  "Griffbereit – mehrsprachige Eltern-Kind-Gruppe": {
    en: {
      title: "Griffbereit – multilingual parent and child group",
      shortTitle: "Griffbereit",
      description: "Parents with children aged one to three play, sing and tell stories in their family language and in German, guided by trained parent mentors.",
      eligibility: "",
    },
    tr: {
      title: "Griffbereit – çok dilli anne-baba ve çocuk grubu",
      shortTitle: "Griffbereit",
      description:
        "Bir ile üç yaş arası çocuğu olan ebeveynler, eğitimli ebeveyn rehberlerinin eşliğinde kendi aile dillerinde ve Almanca oyun oynar, şarkı söyler ve hikâye anlatır.",
      eligibility: "",
    },
    ar: {
      title: "غريفبرايت – مجموعة متعددة اللغات للوالدين والأطفال",
      shortTitle: "Griffbereit",
      description: "يلعب الوالدان مع أطفالهم من عمر سنة إلى ثلاث سنوات ويغنّون ويروون القصص بلغة الأسرة وبالألمانية، بإشراف مرافقات مدرَّبات للوالدين.",
      eligibility: "",
    },
    ru: {
      title: "Griffbereit – многоязычная группа для родителей и детей",
      shortTitle: "Griffbereit",
      description:
        "Родители с детьми от одного до трёх лет играют, поют и рассказывают истории на языке своей семьи и на немецком под руководством обученных наставниц для родителей.",
      eligibility: "",
    },
    uk: {
      title: "Griffbereit – багатомовна група для батьків і дітей",
      shortTitle: "Griffbereit",
      description:
        "Батьки з дітьми від одного до трьох років граються, співають і розповідають історії мовою своєї сім'ї та німецькою під керівництвом підготовлених наставниць для батьків.",
      eligibility: "",
    },
  },
  "Familienzentrum St. Lamberti": {
    en: {
      title: "St. Lamberti family centre",
      shortTitle: null,
      description:
        "A certified family centre (Familienzentrum NRW) run jointly by three day-care centres: advice for parents, language support, family education courses and help finding a childminder.",
      eligibility: "",
    },
    tr: {
      title: "St. Lamberti Aile Merkezi",
      shortTitle: null,
      description:
        "Üç kreşin birlikte yürüttüğü bir NRW aile merkezi (Familienzentrum NRW): ebeveyn danışmanlığı, dil desteği, aile eğitimi kursları ve gündüz bakıcısı (Kindertagespflege) bulmada yardım.",
      eligibility: "",
    },
    ar: {
      title: "مركز الأسرة سانت لامبرتي",
      shortTitle: null,
      description:
        "مركز أسرة معتمد في ولاية شمال الراين-وستفاليا (Familienzentrum NRW) تديره ثلاث روضات أطفال معًا: استشارات للوالدين، ودعم لغوي، ودورات في التربية الأسرية، والمساعدة في إيجاد مربية أطفال نهارية (Kindertagespflege).",
      eligibility: "",
    },
    uk: {
      title: "Сімейний центр Св. Ламберті",
      shortTitle: null,
      description:
        "Сімейний центр NRW (Familienzentrum NRW), який спільно ведуть три дитячі садки: консультації для батьків, мовна підтримка, курси сімейної освіти та допомога в пошуку денної няні (Kindertagespflege).",
      eligibility: "",
    },
    pl: {
      title: "Centrum Rodzinne św. Lamberta",
      shortTitle: null,
      description:
        "Centrum rodzinne NRW (Familienzentrum NRW) prowadzone wspólnie przez trzy przedszkola: doradztwo dla rodziców, wspieranie rozwoju językowego, kursy edukacji rodzinnej i pomoc w znalezieniu opiekunki dziennej (Kindertagespflege).",
      eligibility: "",
    },
    "de-x-ls": {
      title: "Familien-Zentrum St. Lamberti",
      shortTitle: null,
      description:
        "Das Familien-Zentrum gehört zu 3 Kitas. Hier bekommen Eltern Rat und Hilfe. Die Kinder lernen hier gut Deutsch sprechen. Es gibt Kurse für Eltern. Sie suchen eine Tages-Mutter für Ihr Kind? Auch dabei hilft das Familien-Zentrum.",
      eligibility: "",
    },
  },
  "Familienzentrum Kinderhaus Regenbogen": {
    en: {
      title: "Rainbow Children's House family centre",
      shortTitle: null,
      description: "Day-care centre and family centre in Senden with open parenting advice, courses for parents and family consultation hours.",
      eligibility: "",
    },
    tr: { title: "Gökkuşağı Çocuk Evi Aile Merkezi", shortTitle: null, description: "", eligibility: "" },
  },
  "Alltagsintegrierte Sprachbildung in Kitas": {
    en: {
      title: "Everyday language education in day-care centres",
      shortTitle: null,
      description: "Language specialists help day-care teams to support children's language in everyday situations, and advise parents of multilingual children.",
      eligibility: "",
    },
    tr: {
      title: "Kreşlerde günlük yaşamla bütünleşik dil eğitimi",
      shortTitle: null,
      description: "Dil danışmanları, kreş ekiplerine dili gündelik yaşam içinde desteklemede eşlik eder ve çok dilli çocukların ebeveynlerine danışmanlık yapar.",
      eligibility: "",
    },
    ar: {
      title: "التعليم اللغوي المدمج في الحياة اليومية في رياض الأطفال",
      shortTitle: null,
      description: "ترافق مستشارات متخصصات في اللغة فرق رياض الأطفال في دعم اللغة خلال الحياة اليومية، ويقدّمن المشورة لأهالي الأطفال متعددي اللغات.",
      eligibility: "",
    },
    uk: {
      title: "Мовний розвиток у повсякденному житті дитячого садка",
      shortTitle: null,
      description:
        "Фахові консультантки з мовного розвитку допомагають командам дитячих садків підтримувати мовлення дітей у повсякденних ситуаціях і консультують батьків багатомовних дітей.",
      eligibility: "",
    },
  },
  "Rucksack KiTa – Elternprogramm zur Sprachförderung": {
    en: {
      title: "Rucksack KiTa – language support programme for parents",
      shortTitle: "Rucksack KiTa",
      description: "Parents meet every week at the day-care centre, receive materials in their family language and support their child's language development at home.",
      eligibility: "",
    },
    tr: {
      title: "Rucksack KiTa – ebeveynler için dil gelişimi programı",
      shortTitle: "Rucksack KiTa",
      description: "Ebeveynler her hafta kreşte buluşur, kendi aile dillerinde materyaller alır ve çocuklarının dil gelişimini evde destekler.",
      eligibility: "",
    },
    ar: {
      title: "روكزاك كيتا – برنامج للوالدين لدعم النمو اللغوي",
      shortTitle: "Rucksack KiTa",
      description: "يلتقي الوالدان أسبوعيًا في روضة الأطفال، ويحصلون على مواد بلغة الأسرة، ويدعمون النمو اللغوي لطفلهم في المنزل.",
      eligibility: "",
    },
    uk: {
      title: "Rucksack KiTa – програма для батьків з мовного розвитку",
      shortTitle: "Rucksack KiTa",
      description: "Батьки щотижня зустрічаються в дитячому садку, отримують матеріали рідною мовою сім'ї та вдома підтримують мовний розвиток своєї дитини.",
      eligibility: "",
    },
    ru: {
      title: "Rucksack KiTa – программа для родителей по развитию речи",
      shortTitle: "Rucksack KiTa",
      description: "Родители еженедельно встречаются в детском саду, получают материалы на языке своей семьи и дома поддерживают речевое развитие ребёнка.",
      eligibility: "",
    },
    pl: {
      title: "Rucksack KiTa – program dla rodziców wspierający rozwój mowy",
      shortTitle: "Rucksack KiTa",
      description: "Rodzice spotykają się co tydzień w przedszkolu, otrzymują materiały w języku swojej rodziny i wspierają w domu rozwój mowy swojego dziecka.",
      eligibility: "",
    },
    "de-x-ls": {
      title: "Ruck-Sack Kita: Eltern helfen beim Sprechen-Lernen",
      shortTitle: null,
      description:
        "Eltern treffen sich 1 Mal in der Woche in der Kita. Sie bekommen Spiele und Bücher. Die Spiele und Bücher sind in Ihrer Sprache. Damit üben Sie zu Hause mit Ihrem Kind. So lernt Ihr Kind gut sprechen. In Ihrer Sprache. Und auf Deutsch.",
      eligibility: "",
    },
  },
  "Seiteneinstiegsberatung für neu zugewanderte Kinder und Jugendliche": {
    en: {
      title: "School entry advice for newly arrived children and young people",
      shortTitle: null,
      description: "The integration centre advises newly arrived families on registering for school and arranges suitable school places and language support.",
      eligibility: "",
    },
    ar: {
      title: "استشارة الالتحاق بالمدرسة للأطفال والشباب القادمين حديثًا",
      shortTitle: null,
      description: "يقدّم مركز الاندماج الاستشارة للعائلات القادمة حديثًا حول تسجيل الأطفال في المدرسة، ويساعد في إيجاد مقاعد مدرسية مناسبة ودعم لغوي.",
      eligibility: "",
    },
    uk: {
      title: "Консультація щодо вступу до школи для новоприбулих дітей і молоді",
      shortTitle: null,
      description: "Інтеграційний центр консультує новоприбулі сім'ї щодо реєстрації в школі та допомагає знайти відповідне місце в школі й мовну підтримку.",
      eligibility: "",
    },
    ru: {
      title: "Консультация по поступлению в школу для недавно прибывших детей и подростков",
      shortTitle: null,
      description: "Интеграционный центр консультирует недавно прибывшие семьи по вопросам записи в школу и помогает найти подходящее место в школе и языковую поддержку.",
      eligibility: "",
    },
    fa: {
      title: "مشاوره ورود به مدرسه برای کودکان و نوجوانان تازه‌وارد",
      shortTitle: null,
      description: "مرکز ادغام به خانواده‌هایی که تازه به آلمان آمده‌اند درباره ثبت‌نام در مدرسه مشاوره می‌دهد و برای یافتن جای مناسب در مدرسه و کلاس‌های تقویت زبان کمک می‌کند.",
      eligibility: "",
    },
  },
};
