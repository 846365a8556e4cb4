<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> — 1:10 target</source>
        <translation> — هدف 1:10</translation>
    </message>
    <message>
        <source>&amp;Agitate</source>
        <translation>حرّك (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>جهة الاتصال (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>المطالب (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Educate</source>
        <translation>ثقّف (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>العنوان الرئيسي (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>الفقرات (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Participated</source>
        <translation>شارك (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>خطّط (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>رفض (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>القالب (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Unite</source>
        <translation>وحّد (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Visual:</source>
        <translation>الصورة (&amp;V):</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>1 في الورقة</translation>
    </message>
    <message>
        <source>1:10 target</source>
        <translation>هدف 1:10</translation>
    </message>
    <message>
        <source>1:1s (90 d)</source>
        <translation>1:1 (90 يومًا)</translation>
    </message>
    <message>
        <source>1:1s, 90 days</source>
        <translation>المحادثات الفردية، 90 يومًا</translation>
    </message>
    <message>
        <source>2 per sheet (handbills)</source>
        <translation>2 في الورقة (منشورات صغيرة)</translation>
    </message>
    <message>
        <source>4 per sheet (handbills)</source>
        <translation>4 في الورقة (منشورات صغيرة)</translation>
    </message>
    <message>
        <source>A grievance deadline this many working days away or fewer counts as due soon.</source>
        <translation>المهلة التي يبقى عليها هذا العدد من أيام العمل أو أقل تُعدّ قريبة الاستحقاق.</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>الرد (&amp;N)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>امتنع</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>تاريخ الاتفاق</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>اتُّفق عليه مع</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>مندوب احتياطي</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>An assessment older than this many days counts as stale.</source>
        <translation>التقييم الأقدم من هذا العدد من الأيام يُعدّ قديمًا.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation>أيام الرد</translation>
    </message>
    <message>
        <source>Answer unit</source>
        <translation>وحدة الرد</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>رُدّ عليه</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>من يردّ</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>أي تاريخ تقييم</translation>
    </message>
    <message>
        <source>Any committee role</source>
        <translation>أي دور في اللجنة</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>اطلب (&amp;K)</translation>
    </message>
    <message>
        <source>As&amp;ked</source>
        <translation>طُلب منه (&amp;K)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>طُلب منه</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>طُلب منه، بلا رد</translation>
    </message>
    <message>
        <source>Assemblies</source>
        <translation>الجمعيات</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>مُقيَّمون</translation>
    </message>
    <message>
        <source>Assessed %</source>
        <translation>مُقيَّمون %</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <source>Button / sticker day</source>
        <translation>يوم الشارات / الملصقات</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>C or CH</source>
        <translation>C أو CH</translation>
    </message>
    <message>
        <source>Call to action, &amp;what:</source>
        <translation>الدعوة إلى العمل، ماذا (&amp;W):</translation>
    </message>
    <message>
        <source>Call to action, what:</source>
        <translation>الدعوة إلى العمل، ماذا:</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>بطاقة موقّعة</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>أُقرّ</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>نُفّذ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Cases by month: opened, closed, open at the month&apos;s end</source>
        <translation>القضايا حسب الشهر: المفتوحة، والمغلقة، والمفتوحة في نهاية الشهر</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Chart sheet</source>
        <translation>ورقة الخريطة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Collection (money in)</source>
        <translation>جمع تبرعات (وارد)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Committee (C)</source>
        <translation>اللجنة (C)</translation>
    </message>
    <message>
        <source>Committee helper (CH)</source>
        <translation>مساعد اللجنة (CH)</translation>
    </message>
    <message>
        <source>Committee member (C)</source>
        <translation>عضو اللجنة (C)</translation>
    </message>
    <message>
        <source>Committee members (◆ 1:10 target)</source>
        <translation>أعضاء اللجنة (◆ هدف 1:10)</translation>
    </message>
    <message>
        <source>Committee target</source>
        <translation>هدف اللجنة</translation>
    </message>
    <message>
        <source>Confirmed by both</source>
        <translation>مؤكَّد من الطرفين</translation>
    </message>
    <message>
        <source>Confirmed by the giver only (waits)</source>
        <translation>مؤكَّد من المانح فقط (قيد الانتظار)</translation>
    </message>
    <message>
        <source>Confirmed by the receiver only (waits)</source>
        <translation>مؤكَّد من المتلقي فقط (قيد الانتظار)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>توافق</translation>
    </message>
    <message>
        <source>Contract article</source>
        <translation>مادة الاتفاقية الجماعية</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>المجلس</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>اجتماع المجلس</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>محسوبة من</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>تُحسب من</translation>
    </message>
    <message>
        <source>Counts from: incident, knew of it (the first step); filed, answer received, answer due (appeals to a later step). Separate with commas.</source>
        <translation>تُحسب من: الحادثة، العلم بها (المرحلة الأولى)؛ التقديم، استلام الرد، موعد الرد (الاستئناف إلى مرحلة لاحقة). افصل بينها بفواصل.</translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation>يستحق قريبًا</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>يستحق اليوم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>عولج</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Delegate briefing</source>
        <translation>إحاطة المندوب</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>المطالب:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>إجراء تأديبي</translation>
    </message>
    <message>
        <source>Discipline / discharge</source>
        <translation>تأديب / فصل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Donation (money in)</source>
        <translation>تبرع (وارد)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>أُنجز</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>مستحقة اليوم أو متأخرة</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>مستحقة خلال 30 يومًا</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>مستحقة خلال أسبوع</translation>
    </message>
    <message>
        <source>Due within a year</source>
        <translation>مستحقة خلال سنة</translation>
    </message>
    <message>
        <source>Dues (money in)</source>
        <translation>اشتراكات (وارد)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Entered by the committee</source>
        <translation>أدخلته اللجنة</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Every grievance with its step, its next deadline counted from the contract, and the fact sheet to print for the meeting.</source>
        <translation>كل تظلّم بمرحلته، ومهلته التالية محسوبة وفق الاتفاقية الجماعية، وورقة الوقائع لطباعتها للاجتماع.</translation>
    </message>
    <message>
        <source>Everyone at the workplace: who they are, where they work, how they were assessed and when someone last talked to them.</source>
        <translation>كل من في مكان العمل: من هم، وأين يعملون، وكيف قُيّموا، ومتى تحدّث معهم أحد آخر مرة.</translation>
    </message>
    <message>
        <source>Eviction notice</source>
        <translation>إشعار إخلاء</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Expense (money out)</source>
        <translation>مصروف (صادر)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>FT/PT</source>
        <translation>FT/PT</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Figure to hold</source>
        <translation>الرقم المطلوب التمسك به</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>File/appeal days</source>
        <translation>أيام التقديم/الاستئناف</translation>
    </message>
    <message>
        <source>Filed / appealed</source>
        <translation>قُدّم / استُؤنف</translation>
    </message>
    <message>
        <source>Filing / appeal</source>
        <translation>التقديم / الاستئناف</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>فصل من العمل</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>أول تقديم</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>متابعات مستحقة</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <source>Forum Kit bundles, agendas and decisions (*.fkbundle *.fkagenda *.fkdecisions);;All files (*)</source>
        <translation>حزم Forum Kit وجداول أعمالها وقراراتها (*.fkbundle *.fkagenda *.fkdecisions);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Forum or council</source>
        <translation>منتدى أو مجلس</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>المنتديات</translation>
    </message>
    <message>
        <source>Forums and councils: meetings, motions, mandates and the delegates who carry them, with their report-backs.</source>
        <translation>المنتديات والمجالس: الاجتماعات والاقتراحات والتفويضات والمندوبون الذين يحملونها، مع تقاريرهم إلى القاعدة.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>وُجد</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>حر</translation>
    </message>
    <message>
        <source>Free vote</source>
        <translation>تصويت حر</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>حديث</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>الأسماء الكاملة</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>دوام كامل</translation>
    </message>
    <message>
        <source>Fund in</source>
        <translation>وارد الصندوق</translation>
    </message>
    <message>
        <source>Fund out</source>
        <translation>صادر الصندوق</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>المُعطى</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>المانح</translation>
    </message>
    <message>
        <source>Grant to a member (money out)</source>
        <translation>منحة لعضو (صادر)</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>التظلّم</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>التظلّمات</translation>
    </message>
    <message>
        <source>Grievant</source>
        <translation>المتظلّم</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>المتظلّمون</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>جماعي</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>خطر</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>عدد العاملين</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>العنوان الرئيسي:</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>الصحة والسلامة</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>المساعدة في</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>مساعد</translation>
    </message>
    <message>
        <source>Helper (CH)</source>
        <translation>مساعد (CH)</translation>
    </message>
    <message>
        <source>Helpers (CH)</source>
        <translation>مساعدو اللجنة (CH)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Hours exchanged</source>
        <translation>الساعات المتبادلة</translation>
    </message>
    <message>
        <source>How many automatic backups to keep.</source>
        <translation>عدد النسخ الاحتياطية التلقائية المحفوظة.</translation>
    </message>
    <message>
        <source>How the committee and the support for it grow over time, area by area, counted from the assessment history.</source>
        <translation>كيف تنمو اللجنة والدعم لها مع الوقت، قسمًا قسمًا، محسوبًا من سجل التقييمات.</translation>
    </message>
    <message>
        <source>How they connect to the group</source>
        <translation>صلته بالمجموعة</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>مرض</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>يُستورد بصفته</translation>
    </message>
    <message>
        <source>In the steward&apos;s copy</source>
        <translation>في نسخة الممثل النقابي</translation>
    </message>
    <message>
        <source>In your chart now</source>
        <translation>في خريطتك الآن</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فردي</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>الأحرف الأولى فقط</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>إصابة</translation>
    </message>
    <message>
        <source>Inocu&amp;late</source>
        <translation>حصّن (&amp;L)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of the interface (at the next start).</source>
        <translation>لغة الواجهة (عند البدء التالي).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>منقضٍ</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>آخر سنتين</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>آخر 6 أشهر</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Last copy sent</source>
        <translation>آخر نسخة أُرسلت</translation>
    </message>
    <message>
        <source>Last structure test: participation %</source>
        <translation>آخر اختبار للبنية: نسبة المشاركة %</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>آخر اختبار</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>السنة الماضية</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Leaflets, briefings and packs printed from the vault, encrypted when they are saved.</source>
        <translation>المنشورات والإحاطات والملفات المطبوعة من الخزنة، مشفّرة عند حفظها.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input.</source>
        <translation>قفل الخزنة بعد هذا العدد من الدقائق دون نشاط.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>التفويض</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>التفويضات</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>في الخريطة</translation>
    </message>
    <message>
        <source>March on the boss</source>
        <translation>مسيرة إلى المدير</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>طوبق</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>المطابقات</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>متوسط الأيام</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>وسيط الأيام</translation>
    </message>
    <message>
        <source>Median days to resolution by type</source>
        <translation>وسيط الأيام حتى الحسم حسب النوع</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>الأعضاء النشطون</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>مذكرة</translation>
    </message>
    <message>
        <source>Met within a week</source>
        <translation>لُبّي خلال أسبوع</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>الاقتراح</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>التعاضد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Needed at 1:10</source>
        <translation>المطلوب عند 1:10</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>مطلوب قبل</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>الاحتياجات المرفوعة</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>التاريخ الجديد</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>المهلة التالية</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <source>Not on committee</source>
        <translation>ليس في اللجنة</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>المعروض</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <source>One-on-one conversations written up with the AEIOU structure, their issues and the follow-ups due.</source>
        <translation>محادثات فردية مكتوبة وفق بنية AEIOU، مع قضاياها والمتابعات المستحقة.</translation>
    </message>
    <message>
        <source>One-on-ones in the last 90 days</source>
        <translation>المحادثات الفردية في آخر 90 يومًا</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days</source>
        <translation>المحادثات الفردية، آخر 90 يومًا</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>المفتوحة والمغلقة</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>المفتوحة في نهاية الشهر</translation>
    </message>
    <message>
        <source>Open grievances</source>
        <translation>التظلّمات المفتوحة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Organic leader</source>
        <translation>قائد طبيعي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Our delegate&apos;s vote</source>
        <translation>تصويت مندوبنا</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>الورق (&amp;E):</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>الفقرات:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>دوام جزئي</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>شارك</translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation>نُفّذ جزئيًا</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>People helping</source>
        <translation>أشخاص يساعدون</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Personal data in this bundle: none.</source>
        <translation>البيانات الشخصية في هذه الحزمة: لا شيء.</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>عريضة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>لوحة الصور</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>سياسة</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>رُفع</translation>
    </message>
    <message>
        <source>Re&amp;medy sought</source>
        <translation>المعالجة المطلوبة (&amp;M)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>السبب أو التغيير</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>سحب التفويض</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المتلقّى</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>المتلقي</translation>
    </message>
    <message>
        <source>Recorded with it</source>
        <translation>ما سُجّل معها</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>الخطوط الحمراء</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>التقرير إلى القاعدة</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation>تقارير منتظرة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>معكوس</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Row numbers only (no names)</source>
        <translation>أرقام الصفوف فقط (بلا أسماء)</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>يطّلع عليه</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حسّاس</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>سُوّي</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>الوردية</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>النقص</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>Start counts from</source>
        <translation>البدء يُحسب من</translation>
    </message>
    <message>
        <source>Start days</source>
        <translation>أيام البدء</translation>
    </message>
    <message>
        <source>Start unit</source>
        <translation>وحدة البدء</translation>
    </message>
    <message>
        <source>Start whichever</source>
        <translation>البدء: أيهما يقع</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation>رقم المرحلة</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>الممثل النقابي</translation>
    </message>
    <message>
        <source>Strike vote</source>
        <translation>تصويت على الإضراب</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>المؤيدون</translation>
    </message>
    <message>
        <source>Supporters %</source>
        <translation>المؤيدون %</translation>
    </message>
    <message>
        <source>Talked by</source>
        <translation>من تحدّث</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Target (1:10)</source>
        <translation>الهدف (1:10)</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>الولاية من</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>الولاية إلى</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>The assembly, with the name (the member agreed)</source>
        <translation>الجمعية، مع الاسم (بموافقة العضو)</translation>
    </message>
    <message>
        <source>The assembly, without the name</source>
        <translation>الجمعية، دون الاسم</translation>
    </message>
    <message>
        <source>The committee only</source>
        <translation>اللجنة فقط</translation>
    </message>
    <message>
        <source>The concrete ask</source>
        <translation>الطلب المحدّد</translation>
    </message>
    <message>
        <source>The rows differ in</source>
        <translation>يختلف الصفان في</translation>
    </message>
    <message>
        <source>The steward&apos;s</source>
        <translation>ما لدى الممثل</translation>
    </message>
    <message>
        <source>The workplace map: areas, headcounts and how each person is assessed, so you can see where the committee is strong and where nobody has talked to anyone yet.</source>
        <translation>خريطة مكان العمل: الأقسام وأعداد العاملين وتقييم كل شخص، لترى أين اللجنة قوية وأين لم يتحدّث أحد مع أحد بعد.</translation>
    </message>
    <message>
        <source>The workplace pages open with.</source>
        <translation>مكان العمل الذي تُفتح به الصفحات.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>ردّهم</translation>
    </message>
    <message>
        <source>This bundle is older than the last one imported from the same forum (it may be a replayed copy); nothing was imported.</source>
        <translation>هذه الحزمة أقدم من آخر حزمة مستوردة من المنتدى نفسه (قد تكون نسخة مُعادة)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Unknown sender: compare fingerprints with the forum in person and trust its key card first (Trust a key card…); nothing was imported.</source>
        <translation>مرسل غير معروف: قارن البصمات مع المنتدى وجهًا لوجه وثق ببطاقة مفتاحه أولًا («الوثوق ببطاقة مفتاح…»)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Vote against</source>
        <translation>التصويت ضد</translation>
    </message>
    <message>
        <source>Vote for</source>
        <translation>التصويت مع</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>صوّت ضد</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>صوّت مع</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>ماذا حدث (&amp;H)</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>من (&amp;H)</translation>
    </message>
    <message>
        <source>W&amp;ho we are:</source>
        <translation>من نحن (&amp;H):</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>لماذا (&amp;H)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>What are they angry about?</source>
        <translation>ما الذي يغضبهم؟</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>ما المستحق</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>ما يحتويه</translation>
    </message>
    <message>
        <source>What will the boss say and do next?</source>
        <translation>ماذا سيقول المدير ويفعل بعد ذلك؟</translation>
    </message>
    <message>
        <source>What would fix it, and who decides?</source>
        <translation>ما الذي يحلّ المشكلة، ومن يقرّر؟</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>أين (&amp;R)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>متى:</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>موضع التطابق</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>أين:</translation>
    </message>
    <message>
        <source>Whichever</source>
        <translation>أيهما يقع</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>من يتصرّف</translation>
    </message>
    <message>
        <source>Who checks</source>
        <translation>من يتابع</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>من الإدارة</translation>
    </message>
    <message>
        <source>Who we are:</source>
        <translation>من نحن:</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نسبة الكسب</translation>
    </message>
    <message>
        <source>Win rate by contract article</source>
        <translation>نسبة الكسب حسب مادة الاتفاقية الجماعية</translation>
    </message>
    <message>
        <source>Win rate by type of grievance</source>
        <translation>نسبة الكسب حسب نوع التظلّم</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>كُسب</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <source>Workplaces</source>
        <translation>أماكن العمل</translation>
    </message>
    <message>
        <source>Write an encrypted backup into the vault&apos;s backups folder this often (hours; 0 = off).</source>
        <translation>كتابة نسخة احتياطية مشفّرة في مجلد النسخ الاحتياطية للخزنة بهذا التواتر (ساعات؛ 0 = معطّل).</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كُتب</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>كان كذلك أصلًا</translation>
    </message>
    <message>
        <source>answer due</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>استلام الرد</translation>
    </message>
    <message>
        <source>assembly, named</source>
        <translation>جمعية، مع الاسم</translation>
    </message>
    <message>
        <source>assembly, no name</source>
        <translation>جمعية، بلا اسم</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>لا يمكن التطبيق</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>committee only</source>
        <translation>اللجنة فقط</translation>
    </message>
    <message>
        <source>conflict: choose</source>
        <translation>تعارض: اختر</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>الأسماء الكاملة للزملاء</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>الأحرف الأولى من أسماء الزملاء</translation>
    </message>
    <message>
        <source>declined by the keeper</source>
        <translation>رفضه الحافظ</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>التقديم</translation>
    </message>
    <message>
        <source>font (PDFs)</source>
        <translation>الخط (ملفات PDF)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>knew of it</source>
        <translation>العلم بها</translation>
    </message>
    <message>
        <source>library</source>
        <translation>مكتبة</translation>
    </message>
    <message>
        <source>met</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>محادثة فردية</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>لُبّي جزئيًا</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>أُضيف شخص</translation>
    </message>
    <message>
        <source>reviewed before</source>
        <translation>رُوجع سابقًا</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>بيئة التشغيل</translation>
    </message>
    <message>
        <source>sent, waiting for review</source>
        <translation>أُرسل، ينتظر المراجعة</translation>
    </message>
    <message>
        <source>step event</source>
        <translation>حدث مرحلة</translation>
    </message>
    <message>
        <source>street assembly</source>
        <translation>جمعية الشارع</translation>
    </message>
    <message>
        <source>structure-test outcome</source>
        <translation>نتيجة اختبار البنية</translation>
    </message>
    <message>
        <source>the article, law or practice violated</source>
        <translation>المادة أو القانون أو العُرف الذي انتُهك</translation>
    </message>
    <message>
        <source>the earlier row&apos;s values</source>
        <translation>قيم الصف السابق</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>this row&apos;s values</source>
        <translation>قيم هذا الصف</translation>
    </message>
    <message>
        <source>two different people</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>لم يُلبَّ</translation>
    </message>
    <message>
        <source>workers&apos; forum</source>
        <translation>منتدى العمال</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>“Start days” is the filing limit for grievance types that start at that step (a discharge filed straight at step 3 counts from the incident or knowledge, not from the step 2 answer); leave it empty where no type starts.</source>
        <translation>«أيام البدء» هي مهلة التقديم لأنواع التظلّم التي تبدأ من تلك المرحلة (الفصل المقدَّم مباشرةً في المرحلة 3 يُحسب من الحادثة أو العلم بها، لا من رد المرحلة 2)؛ اتركها فارغة حيث لا يبدأ أي نوع.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Forum Kit</source>
        <translation>حول Forum Kit</translation>
    </message>
    <message>
        <source>Forum Kit {version}
Organising records kept encrypted on this computer.
Free software under the {licence}.
Qt {qt} through PySide6 {pyside}.</source>
        <translation>Forum Kit {version}
سجلات تنظيمية محفوظة مشفّرة على هذا الحاسوب.
برنامج حر بموجب {licence}.
Qt {qt} عبر PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>Parts shipped with Forum Kit and their licences (choose one to read its licence):</source>
        <translation>المكوّنات المرفقة بـ Forum Kit وتراخيصها (اختر أحدها لقراءة ترخيصه):</translation>
    </message>
    <message>
        <source>The Qt libraries are separate files in Forum Kit&apos;s program folder: under the LGPL you may replace them with your own build of the same Qt version.</source>
        <translation>مكتبات Qt ملفات منفصلة في مجلد برنامج Forum Kit: بموجب LGPL يمكنك استبدالها بنسخة تبنيها بنفسك من إصدار Qt نفسه.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault (a minute at most)…</source>
        <translation>جارٍ إعداد الخزنة التجريبية (دقيقة على الأكثر)…</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>النوع (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <source>department, line, shift, ward…</source>
        <translation>إدارة، خط إنتاج، وردية، جناح…</translation>
    </message>
</context>
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation>
            <numerusform>لا أحد ولا تظلّمات في هذا القسم (أو أقسامه الفرعية). اختر القسم الذي تُنقل إليه قبل حذفه، أو ألغِ.</numerusform>
            <numerusform>يوجد شخص واحد أو تظلّم واحد في هذا القسم (أو أقسامه الفرعية). اختر القسم الذي يُنقل إليه قبل حذفه، أو ألغِ.</numerusform>
            <numerusform>يوجد اثنان من الأشخاص أو التظلّمات في هذا القسم (أو أقسامه الفرعية). اختر القسم الذي يُنقلان إليه قبل حذفه، أو ألغِ.</numerusform>
            <numerusform>يوجد %n أشخاص أو تظلّمات في هذا القسم (أو أقسامه الفرعية). اختر القسم الذي يُنقلون إليه قبل حذفه، أو ألغِ.</numerusform>
            <numerusform>يوجد %n شخصًا أو تظلّمًا في هذا القسم (أو أقسامه الفرعية). اختر القسم الذي يُنقلون إليه قبل حذفه، أو ألغِ.</numerusform>
            <numerusform>يوجد %n شخص أو تظلّم في هذا القسم (أو أقسامه الفرعية). اختر القسم الذي يُنقلون إليه قبل حذفه، أو ألغِ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>حذف القسم</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>نقل القسم</translation>
    </message>
    <message>
        <source>Move the area (with its sub-areas) under:</source>
        <translation>نقل القسم (مع أقسامه الفرعية) تحت:</translation>
    </message>
</context>
<context>
    <name>Assemblies</name>
    <message>
        <source>A delegate is elected to a council, and there is no council yet.</source>
        <translation>يُنتخب المندوب لمجلس، ولا يوجد مجلس بعد.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Create the council now; then the election form opens.</source>
        <translation>أنشئ المجلس الآن؛ ثم يُفتح نموذج الانتخاب.</translation>
    </message>
    <message>
        <source>Create the council…</source>
        <translation>إنشاء المجلس…</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>No council yet</source>
        <translation>لا يوجد مجلس بعد</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>لا يمكن التراجع عن هذا.</translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message>
        <source> — member of {council}</source>
        <translation> — عضو في {council}</translation>
    </message>
    <message numerus="yes">
        <source>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation>
            <numerusform>أعضاء «{name}» من المنتديات أو المجالس: %n؛ ألحقها بمجلس آخر («تحرير…») أو احذفها أولًا.</numerusform>
            <numerusform>منتدى أو مجلس واحد عضو في «{name}»: ألحقه بمجلس آخر («تحرير…») أو احذفه أولًا.</numerusform>
            <numerusform>منتديان أو مجلسان عضوان في «{name}»: ألحقهما بمجلس آخر («تحرير…») أو احذفهما أولًا.</numerusform>
            <numerusform>أعضاء «{name}» من المنتديات أو المجالس: %n؛ ألحقها بمجلس آخر («تحرير…») أو احذفها أولًا.</numerusform>
            <numerusform>أعضاء «{name}» من المنتديات أو المجالس: %n؛ ألحقها بمجلس آخر («تحرير…») أو احذفها أولًا.</numerusform>
            <numerusform>أعضاء «{name}» من المنتديات أو المجالس: %n؛ ألحقها بمجلس آخر («تحرير…») أو احذفها أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>الحزم (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>المندوبون (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>الاجتماعات (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation>تحديد موعد اجتماع (&amp;S)…</translation>
    </message>
    <message>
        <source>Choose a forum or council.</source>
        <translation>اختر منتدى أو مجلسًا.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>حذف (&amp;L)…</translation>
    </message>
    <message>
        <source>Delete meeti&amp;ng…</source>
        <translation>حذف الاجتماع (&amp;N)…</translation>
    </message>
    <message>
        <source>Delete the meeting of {day}?</source>
        <translation>أتريد حذف اجتماع {day}؟</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>أتريد حذف «{name}»؟</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تحرير (&amp;I)…</translation>
    </message>
    <message>
        <source>Fi&amp;x time or place…</source>
        <translation>تصحيح الوقت أو المكان (&amp;X)…</translation>
    </message>
    <message>
        <source>Fix the meeting&apos;s time or place</source>
        <translation>تصحيح وقت الاجتماع أو مكانه</translation>
    </message>
    <message>
        <source>Forums and councils</source>
        <translation>المنتديات والمجالس</translation>
    </message>
    <message>
        <source>Forums&apos; mandates on its agenda are deleted with it.</source>
        <translation>تُحذف معه تفويضات المنتديات المتعلقة بجدول أعماله.</translation>
    </message>
    <message>
        <source>It has no attendance, agenda or motions recorded.</source>
        <translation>لم يُسجَّل له حضور ولا جدول أعمال ولا اقتراحات.</translation>
    </message>
    <message>
        <source>It has no meetings, delegates or mandates.</source>
        <translation>ليست له اجتماعات ولا مندوبون ولا تفويضات.</translation>
    </message>
    <message>
        <source>M&amp;andates</source>
        <translation>التفويضات (&amp;A)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>New &amp;forum…</source>
        <translation>منتدى جديد (&amp;F)…</translation>
    </message>
    <message>
        <source>New c&amp;ouncil…</source>
        <translation>مجلس جديد (&amp;O)…</translation>
    </message>
    <message>
        <source>Rename the chosen forum or council, or attach it to another council</source>
        <translation>إعادة تسمية المنتدى أو المجلس المختار، أو إلحاقه بمجلس آخر</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
</context>
<context>
    <name>AssemblyLists</name>
    <message>
        <source>Active</source>
        <translation>في المنصب</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>انتهى في {day}</translation>
    </message>
    <message>
        <source>Not in term</source>
        <translation>خارج الولاية</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>سُحب تفويضه</translation>
    </message>
    <message>
        <source>Recalled {day}</source>
        <translation>سُحب تفويضه في {day}</translation>
    </message>
    <message>
        <source>{yes} for, {no} against</source>
        <translation>{yes} مع، {no} ضد</translation>
    </message>
    <message>
        <source>{yes} for, {no} against, {abstained} abstained</source>
        <translation>{yes} مع، {no} ضد، {abstained} امتناع</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation>
            <numerusform>لا نتائج أخرى؛ اكتب المزيد من الاسم.</numerusform>
            <numerusform>نتيجة أخرى واحدة؛ اكتب المزيد من الاسم.</numerusform>
            <numerusform>نتيجتان أخريان؛ اكتب المزيد من الاسم.</numerusform>
            <numerusform>%n نتائج أخرى؛ اكتب المزيد من الاسم.</numerusform>
            <numerusform>%n نتيجة أخرى؛ اكتب المزيد من الاسم.</numerusform>
            <numerusform>%n نتيجة أخرى؛ اكتب المزيد من الاسم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>لا شيء محدّد</numerusform>
            <numerusform>واحد محدّد</numerusform>
            <numerusform>اثنان محدّدان</numerusform>
            <numerusform>%n محدّدين</numerusform>
            <numerusform>%n محدّدًا</numerusform>
            <numerusform>%n محدّد</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>البحث بالاسم (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Guests (not in the vault):</source>
        <translation>الضيوف (من خارج الخزنة) (&amp;G):</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup written.</source>
        <translation>كُتبت النسخة الاحتياطية التلقائية.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>فشل النسخ الاحتياطي التلقائي: %s</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>المستوى (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation>عضو في (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Recall rule:</source>
        <translation>قاعدة سحب التفويض (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>مكان العمل (&amp;W):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>(أعلى الشجرة)</translation>
    </message>
    <message>
        <source>Edit the council</source>
        <translation>تحرير المجلس</translation>
    </message>
    <message>
        <source>Edit the forum</source>
        <translation>تحرير المنتدى</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>مجلس جديد</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>منتدى جديد</translation>
    </message>
    <message>
        <source>e.g. Delegates recallable at any meeting; notice a week before.</source>
        <translation>مثلًا يمكن سحب تفويض المندوبين في أي اجتماع؛ بإشعار قبل أسبوع.</translation>
    </message>
    <message>
        <source>e.g. area, workplace, city, region</source>
        <translation>مثلًا قسم، مكان عمل، مدينة، منطقة</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>&amp;Areas:</source>
        <translation>الأقسام (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>المنتدى (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>الأسئلة (&amp;Q):</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>اجتماع المجلس (&amp;M):</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>اجتماع المجلس</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>الأرقام حتى تاريخ (&amp;A):</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>سؤال واحد في كل سطر</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>الورق (&amp;E):</translation>
    </message>
    <message>
        <source>meeting: this forum has no council meeting to brief on yet.</source>
        <translation>الاجتماع: ليس لهذا المنتدى اجتماع مجلس لإعداد إحاطة عنه بعد.</translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Bundle for {council}. Personal data in it:</source>
        <translation>حزمة لـ{council}. البيانات الشخصية فيها:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>اختيار مكان الحفظ…</translation>
    </message>
    <message>
        <source>Give this card to the other vault&apos;s holder; compare the fingerprint in person.</source>
        <translation>أعطِ هذه البطاقة لصاحب الخزنة الأخرى؛ وقارنا البصمة وجهًا لوجه.</translation>
    </message>
    <message>
        <source>Import a council bundle</source>
        <translation>استيراد حزمة مجلس</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>أتريد استيرادها رغم ذلك؟</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Save the council bundle</source>
        <translation>حفظ حزمة المجلس</translation>
    </message>
    <message>
        <source>Send a council bundle</source>
        <translation>إرسال حزمة إلى المجلس</translation>
    </message>
    <message>
        <source>This vault&apos;s public key card</source>
        <translation>بطاقة المفتاح العام لهذه الخزنة</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>&amp;Check personal data</source>
        <translation>فحص البيانات الشخصية (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import a bundle, agenda or decisions…</source>
        <translation>ا&amp;ستيراد حزمة أو جدول أعمال أو قرارات…</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>حفظ الحزمة (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>الوثوق ببطاقة مفتاح (&amp;T)…</translation>
    </message>
    <message>
        <source>Bundle saved for {council}, meeting of {day}.</source>
        <translation>حُفظت الحزمة لـ{council}، اجتماع {day}.</translation>
    </message>
    <message>
        <source>Conflicting mandates</source>
        <translation>تفويضات متعارضة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <source>Council &amp;key:</source>
        <translation>مفتاح المجلس (&amp;K):</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>اجتماع المجلس (&amp;M):</translation>
    </message>
    <message>
        <source>Council decisions</source>
        <translation>قرارات المجلس</translation>
    </message>
    <message>
        <source>Council key</source>
        <translation>مفتاح المجلس</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>اجتماع المجلس</translation>
    </message>
    <message>
        <source>Decisions and report-backs</source>
        <translation>القرارات والتقارير إلى القاعدة</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>الأرقام عبر الزمن</translation>
    </message>
    <message>
        <source>Figures per forum</source>
        <translation>الأرقام لكل منتدى</translation>
    </message>
    <message>
        <source>Import from a member or a council</source>
        <translation>الاستيراد من عضو أو مجلس</translation>
    </message>
    <message>
        <source>Imported the agenda of {council}, meeting of {day} (items: {n}), ready for mandates (see the council&apos;s Meetings tab).</source>
        <translation>استُورد جدول أعمال {council}، اجتماع {day} (عدد البنود: {n})، جاهز للتفويضات (انظر تبويب اجتماعات المجلس).</translation>
    </message>
    <message>
        <source>Imported the bundle from {forum} (trusted as &apos;{peer}&apos;): council meeting {day}; mandates: {m}, areas: {a}, delegates: {d}.</source>
        <translation>استُوردت الحزمة من {forum} (موثوقة باسم «{peer}»): اجتماع المجلس {day}؛ التفويضات: {m}، الأقسام: {a}، المندوبون: {d}.</translation>
    </message>
    <message>
        <source>Imported the decisions of {council}, meeting of {day}. Items: {n}; report-back drafts filled: {d}.</source>
        <translation>استُوردت قرارات {council}، اجتماع {day}. عدد البنود: {n}؛ مسودات التقارير إلى القاعدة المملوءة: {d}.</translation>
    </message>
    <message>
        <source>Include the retaliation log (nobody named)</source>
        <translation>تضمين سجل الانتقام (بلا أسماء)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Mandates and report-backs: {m}; areas of figures: {a}.</source>
        <translation>التفويضات والتقارير إلى القاعدة: {m}؛ الأقسام ذات الأرقام: {a}.</translation>
    </message>
    <message>
        <source>Mandates per agenda item</source>
        <translation>التفويضات لكل بند من جدول الأعمال</translation>
    </message>
    <message>
        <source>Mandates per item</source>
        <translation>التفويضات لكل بند</translation>
    </message>
    <message>
        <source>Mutual aid and time bank</source>
        <translation>التعاضد وبنك الوقت</translation>
    </message>
    <message>
        <source>No council meeting yet: schedule it on the council&apos;s Meetings tab</source>
        <translation>لا يوجد اجتماع مجلس بعد: حدّد موعده في تبويب اجتماعات المجلس</translation>
    </message>
    <message>
        <source>No coworker names, notes, phones or e-mails are ever included.</source>
        <translation>لا تُضمَّن أبدًا أسماء زملاء ولا ملاحظات ولا هواتف ولا عناوين بريد إلكتروني.</translation>
    </message>
    <message>
        <source>No trusted council yet: use Trust a key card…</source>
        <translation>لا يوجد مجلس موثوق بعد: استخدم «الوثوق ببطاقة مفتاح…»</translation>
    </message>
    <message>
        <source>Our delegate voted against the mandate on: {items}.</source>
        <translation>صوّت مندوبنا ضد التفويض في: {items}.</translation>
    </message>
    <message>
        <source>Personal data in this bundle:</source>
        <translation>البيانات الشخصية في هذه الحزمة:</translation>
    </message>
    <message>
        <source>Roll-up of what members sent, and the decisions received</source>
        <translation>تجميع ما أرسله الأعضاء، والقرارات الواردة</translation>
    </message>
    <message>
        <source>Send a bundle up (choose a forum or a council on the left)</source>
        <translation>إرسال حزمة إلى الأعلى (اختر منتدى أو مجلسًا على اليسار)</translation>
    </message>
    <message>
        <source>Send the members&apos; figures only in &amp;total</source>
        <translation>إرسال أرقام الأعضاء في المجموع &amp;فقط</translation>
    </message>
    <message>
        <source>This vault has no keys yet (made on first use).</source>
        <translation>ليست لهذه الخزنة مفاتيح بعد (تُنشأ عند أول استخدام).</translation>
    </message>
    <message>
        <source>This vault&apos;s &amp;key card…</source>
        <translation>بطاقة مفتاح هذه الخزنة (&amp;K)…</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint: {fp}</source>
        <translation>بصمة هذه الخزنة: {fp}</translation>
    </message>
    <message>
        <source>Trusted: {name}.</source>
        <translation>موثوق: {name}.</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <source>Done…</source>
        <translation>أُنجز…</translation>
    </message>
    <message>
        <source>Mutual aid and check-ins due</source>
        <translation>التعاضد وزيارات المتابعة المستحقة</translation>
    </message>
    <message>
        <source>Open the member</source>
        <translation>فتح العضو</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <source> ⚠ overdue</source>
        <translation> ⚠ متأخرة</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>الرعاية</translation>
    </message>
    <message>
        <source>Choose a person to see their care.</source>
        <translation>اختر شخصًا لترى رعايته.</translation>
    </message>
    <message>
        <source>Log retaliation…</source>
        <translation>تسجيل انتقام…</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Plan a check-in…</source>
        <translation>تخطيط زيارة متابعة…</translation>
    </message>
    <message>
        <source>check-in due {day}{late}</source>
        <translation>زيارة متابعة مستحقة {day}{late}</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>عروض</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>احتياج مفتوح</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>احتياجات مفتوحة</translation>
    </message>
    <message>
        <source>retaliation incident logged</source>
        <translation>حادثة انتقام مسجّلة</translation>
    </message>
    <message>
        <source>retaliation incidents logged</source>
        <translation>حوادث انتقام مسجّلة</translation>
    </message>
    <message>
        <source>{bank}: {balance}</source>
        <translation>{bank}: {balance}</translation>
    </message>
</context>
<context>
    <name>CareStrip</name>
    <message>
        <source>Care: </source>
        <translation>الرعاية: </translation>
    </message>
    <message>
        <source>No check-in overdue</source>
        <translation>لا زيارة متابعة متأخرة</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>احتياج مفتوح</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>احتياجات مفتوحة</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>عرض قائم</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>عروض قائمة</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>القسم (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation>وقعت الحادثة في (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>الرقم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>(title hidden from calendar exports)</source>
        <translation>(العنوان مخفي في تصدير التقويم)</translation>
    </message>
    <message>
        <source>Add &amp;grievant…</source>
        <translation>إضافة متظلّم (&amp;G)…</translation>
    </message>
    <message>
        <source>Already filed, on:</source>
        <translation>قُدِّم بالفعل، في:</translation>
    </message>
    <message>
        <source>C&amp;hoose steward…</source>
        <translation>اختيار ممثل نقابي (&amp;H)…</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>الاتفاقية الجماعية (&amp;N):</translation>
    </message>
    <message>
        <source>Contract a&amp;rticle:</source>
        <translation>مادة الاتفاقية الجماعية (&amp;R):</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>المتظلّمون</translation>
    </message>
    <message>
        <source>Grievants:</source>
        <translation>المتظلّمون:</translation>
    </message>
    <message>
        <source>Knew later, on:</source>
        <translation>علم لاحقًا، في:</translation>
    </message>
    <message>
        <source>No steward</source>
        <translation>بلا ممثل نقابي</translation>
    </message>
    <message>
        <source>Remove grievant</source>
        <translation>إزالة المتظلّم</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حسّاس</translation>
    </message>
    <message>
        <source>Steward:</source>
        <translation>الممثل النقابي:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النوع (&amp;Y):</translation>
    </message>
    <message>
        <source>The title is hidden from calendar exports.</source>
        <translation>العنوان مخفي في تصدير التقويم.</translation>
    </message>
    <message>
        <source>automatic (G-YEAR-NNN)</source>
        <translation>تلقائي (G-YEAR-NNN)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ChartFilterDialog</name>
    <message>
        <source>&amp;Committee:</source>
        <translation>اللجنة (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;FT/PT:</source>
        <translation>FT/PT (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Stale:</source>
        <translation>قديم (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Unreached only (tied to nobody on the committee)</source>
        <translation>غير المتصَل بهم فقط (لا صلة لهم بأحد في اللجنة) (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>الكلمات (&amp;W):</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أيّ</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>التقييم:</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>مسح الكل (&amp;L)</translation>
    </message>
    <message>
        <source>Filter the chart</source>
        <translation>تصفية الخريطة</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>اللغة (&amp;A):</translation>
    </message>
    <message>
        <source>Organic &amp;leaders only</source>
        <translation>القادة الطبيعيون فقط (&amp;L)</translation>
    </message>
    <message>
        <source>names, jobs, notes…</source>
        <translation>أسماء، مهن، ملاحظات…</translation>
    </message>
</context>
<context>
    <name>ChartFilters</name>
    <message>
        <source>assessed lately</source>
        <translation>قُيِّموا مؤخرًا</translation>
    </message>
    <message>
        <source>organic leaders</source>
        <translation>القادة الطبيعيون</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>قديمة</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>غير متصَل به</translation>
    </message>
</context>
<context>
    <name>ChartSheetForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>القسم (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>صفوف فارغة (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عرض (&amp;S):</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>حتى تاريخ (&amp;O):</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>الورق (&amp;E):</translation>
    </message>
    <message>
        <source>area: the vault has no areas yet; add them on the Map page.</source>
        <translation>القسم: لا أقسام في الخزنة بعد؛ أضفها في صفحة الخريطة.</translation>
    </message>
</context>
<context>
    <name>ChartViewBar</name>
    <message>
        <source>&amp;View:</source>
        <translation>العرض (&amp;V):</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it with this one?</source>
        <translation>يوجد عرض باسم “%1”. هل تستبدله بهذا؟</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>عرض الخريطة</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>الأعمدة (&amp;U)…</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>حذف هذا العرض</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <translation>تصفية (&amp;I)…</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>اسم العرض:</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>فقط: %1</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>استبدال العرض</translation>
    </message>
    <message>
        <source>Save as a view…</source>
        <translation>حفظ كعرض…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>العروض (&amp;S)</translation>
    </message>
    <message>
        <source>only the view, no one&apos;s data</source>
        <translation>العرض فقط، بلا بيانات أحد</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>العرض “%1”</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;After:</source>
        <translation>بعد (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>التظلّم (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>العضو (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>في (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Who checks in:</source>
        <translation>من يتابع (&amp;W):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Check in &amp;by:</source>
        <translation>المتابعة قبل (&amp;B):</translation>
    </message>
    <message>
        <source>Check in by</source>
        <translation>المتابعة قبل</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>الحدث في</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>التظلّم</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Plan a check-in</source>
        <translation>تخطيط زيارة متابعة</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>ماذا حدث (&amp;H):</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>من يتابع</translation>
    </message>
</context>
<context>
    <name>CloseNeedForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>انتهى في (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Reason (for unmet):</source>
        <translation>السبب (إن لم تُلبَّ) (&amp;R):</translation>
    </message>
    <message>
        <source>Close a need</source>
        <translation>إغلاق احتياج</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>أُغلق في</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>كيف انتهى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>اختر لونًا</translation>
    </message>
</context>
<context>
    <name>CommitteeDialogs</name>
    <message>
        <source>&amp;Card:</source>
        <translation>البطاقة (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>البصمة (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Load a card file…</source>
        <translation>تحميل ملف بطاقة (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>الاسم هنا (&amp;N):</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>بطاقة المفتاح</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>اتركه فارغًا لاستخدام اسم البطاقة</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>الصق البطاقة: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Save the review sheet</source>
        <translation>حفظ ورقة المراجعة</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>اكتب البصمة التي قارنتماها</translation>
    </message>
</context>
<context>
    <name>CommitteeLists</name>
    <message>
        <source>reviewed: {accepted} accepted, {declined} declined</source>
        <translation>رُوجِع: {accepted} مقبول، {declined} مرفوض</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message numerus="yes">
        <source>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</source>
        <translation>
            <numerusform>كُتبت النسخ (%n) في {folder}. سلّم كل ممثل نقابي نسخته (ذاكرة USB، رسالة): لا تُفتح إلا في خزنته.</numerusform>
            <numerusform>كُتبت نسخة واحدة في {folder}. سلّمها للممثل النقابي (ذاكرة USB، رسالة): لا تُفتح إلا في خزنته.</numerusform>
            <numerusform>كُتبت نسختان في {folder}. سلّم كل ممثل نقابي نسخته (ذاكرة USB، رسالة): لا تُفتح إلا في خزنته.</numerusform>
            <numerusform>كُتبت %n نسخ في {folder}. سلّم كل ممثل نقابي نسخته (ذاكرة USB، رسالة): لا تُفتح إلا في خزنته.</numerusform>
            <numerusform>كُتبت النسخ (%n) في {folder}. سلّم كل ممثل نقابي نسخته (ذاكرة USB، رسالة): لا تُفتح إلا في خزنته.</numerusform>
            <numerusform>كُتبت النسخ (%n) في {folder}. سلّم كل ممثل نقابي نسخته (ذاكرة USB، رسالة): لا تُفتح إلا في خزنته.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a steward…</source>
        <translation>إضافة ممثل نقابي (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back to my chart</source>
        <translation>العودة إلى خريطتي (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Grievance step…</source>
        <translation>مرحلة التظلّم (&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;My copies</source>
        <translation>نسخي (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>جهة اتصال جديدة (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a copy file…</source>
        <translation>فتح ملف نسخة (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إزالة (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send my report…</source>
        <translation>إرسال تقريري (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Take in a report…</source>
        <translation>استلام تقرير (&amp;T)…</translation>
    </message>
    <message>
        <source>Atten&amp;dance…</source>
        <translation>الحضور (&amp;D)…</translation>
    </message>
    <message>
        <source>Change &amp;scope…</source>
        <translation>تغيير النطاق (&amp;S)…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>تصحيح التفاصيل (&amp;R)…</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>أعضاء اللجنة</translation>
    </message>
    <message>
        <source>Copies from {name} open here now (Open a copy file…).</source>
        <translation>تُفتح هنا الآن نسخ من {name} (فتح ملف نسخة…).</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>النسخ المحفوظة</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>التقارير الميدانية</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>مجلد النسخ</translation>
    </message>
    <message>
        <source>Grievance te&amp;xt…</source>
        <translation>نص التظلّم (&amp;X)…</translation>
    </message>
    <message>
        <source>Keep the &amp;chart</source>
        <translation>الإبقاء على الخريطة (&amp;C)</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>تقريري</translation>
    </message>
    <message>
        <source>My report (show a copy to log what you did in it)</source>
        <translation>تقريري (اعرض نسخة لتسجيل ما فعلته فيها)</translation>
    </message>
    <message>
        <source>My report (what you logged in the copy shown)</source>
        <translation>تقريري (ما سجّلته في النسخة المعروضة)</translation>
    </message>
    <message>
        <source>My report in the copy shown ({label})</source>
        <translation>تقريري في النسخة المعروضة ({label})</translation>
    </message>
    <message>
        <source>No more copies for them; what they reported stays, with who reported it.</source>
        <translation>لا مزيد من النسخ لهم؛ ويبقى ما أبلغوا عنه، مع اسم من أبلغ.</translation>
    </message>
    <message>
        <source>One-on-&amp;one…</source>
        <translation>محادثة فردية (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a committee copy</source>
        <translation>فتح نسخة لجنة</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>مراجعة التقرير (&amp;V)…</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>إزالة القيد (&amp;Y)</translation>
    </message>
    <message>
        <source>S&amp;how this copy</source>
        <translation>عرض هذه النسخة (&amp;H)</translation>
    </message>
    <message>
        <source>Save your field report</source>
        <translation>حفظ تقريرك الميداني</translation>
    </message>
    <message>
        <source>Send &amp;copies…</source>
        <translation>إرسال النسخ (&amp;C)…</translation>
    </message>
    <message>
        <source>Show my &amp;key card…</source>
        <translation>إظهار بطاقة مفتاحي (&amp;K)…</translation>
    </message>
    <message>
        <source>Stewards of the committee get a copy of their scope, encrypted to their key card alone, and send back field reports you review change by change.</source>
        <translation>يحصل الممثلون النقابيون في اللجنة على نسخة من نطاقهم، مشفّرة لبطاقة مفتاحهم وحدها، ويرسلون تقارير ميدانية تراجعها تغييرًا تغييرًا.</translation>
    </message>
    <message>
        <source>Structure t&amp;est…</source>
        <translation>اختبار البنية (&amp;E)…</translation>
    </message>
    <message>
        <source>Take in a field report</source>
        <translation>استلام تقرير ميداني</translation>
    </message>
    <message>
        <source>Take {name} off the committee</source>
        <translation>إخراج {name} من اللجنة</translation>
    </message>
    <message>
        <source>The keeper accepted {a} of your entries and declined {d}.</source>
        <translation>قبل الحافظ {a} من قيودك ورفض {d}.</translation>
    </message>
    <message>
        <source>The scope changes with the next copy.</source>
        <translation>يتغيّر النطاق مع النسخة التالية.</translation>
    </message>
    <message>
        <source>This vault&apos;s key card: {name}, fingerprint {fp}</source>
        <translation>بطاقة مفتاح هذه الخزنة: {name}، البصمة {fp}</translation>
    </message>
    <message>
        <source>Trust a &amp;keeper…</source>
        <translation>الوثوق بحافظ (&amp;K)…</translation>
    </message>
    <message>
        <source>Your report ({n} entries) for {keeper} is in {file}: give it to them (a stick, a message); it opens only in their vault.</source>
        <translation>تقريرك ({n} قيود) لـ {keeper} في {file}: سلّمه إليه (ذاكرة USB، رسالة)؛ لا يُفتح إلا في خزنته.</translation>
    </message>
    <message>
        <source>{label} opened: {people} people.</source>
        <translation>فُتح {label}: أشخاص: {people}.</translation>
    </message>
    <message>
        <source>{name} is off the committee.</source>
        <translation>خرج {name} من اللجنة.</translation>
    </message>
    <message>
        <source>{name} is on the committee. Send them a copy (Send copies…).</source>
        <translation>{name} في اللجنة. أرسل إليه نسخة (إرسال النسخ…).</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>تعذّر حفظ التغيير. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>CommunityLists</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>أتريد حذف {what}؟</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>This will be lost:</source>
        <translation>سيُفقد ما يلي:</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Area</source>
        <translation>القسم (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>اللجنة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>الوظيفة (&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Organic leader</source>
        <translation>قائد طبيعي (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove tie</source>
        <translation>إزالة الصلة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;ppend assessment</source>
        <translation>إضافة تقييم (&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>إضافة صلة (&amp;T)…</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page.</source>
        <translation>أضف مكان عمل في صفحة الخريطة.</translation>
    </message>
    <message>
        <source>Add an area on the Map page first.</source>
        <translation>أضف قسمًا في صفحة الخريطة أولًا.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>سجل التقييمات</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>قبل: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>بطاقة موقّعة</translation>
    </message>
    <message>
        <source>Card signed on</source>
        <translation>وُقّعت البطاقة في</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>البريد الإلكتروني (&amp;M)</translation>
    </message>
    <message>
        <source>Emplo&amp;yment</source>
        <translation>التوظيف (&amp;Y)</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>رقم الموظف</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>رقم الموظف</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>الاسم الأول (&amp;I)</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>اللغة (&amp;U)</translation>
    </message>
    <message>
        <source>Last nam&amp;e</source>
        <translation>اسم العائلة (&amp;E)</translation>
    </message>
    <message>
        <source>New assessment level</source>
        <translation>مستوى تقييم جديد</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Save (Ctrl+S; Enter in a one-line field)</source>
        <translation>حفظ (Ctrl+S؛ Enter في حقل من سطر واحد)</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>حسّاس (لا يُطبع ولا يُصدَّر أبدًا) (&amp;V)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>الوردية</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <source>Talks to</source>
        <translation>يتحدّث مع</translation>
    </message>
    <message>
        <source>Talks to (social ties)</source>
        <translation>يتحدّث مع (صلات اجتماعية)</translation>
    </message>
    <message>
        <source>evidence (which conversation or action)</source>
        <translation>الدليل (أي محادثة أو إجراء)</translation>
    </message>
    <message>
        <source>personal, never the company&apos;s</source>
        <translation>شخصي، وليس للشركة أبدًا</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Typical procedure</source>
        <translation>الإجراء المعتاد (&amp;T)</translation>
    </message>
    <message>
        <source>(no regions)</source>
        <translation>(لا مناطق)</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(البلد كله)</translation>
    </message>
    <message>
        <source>A calendar-day deadline on a day off moves to the next working day</source>
        <translation>المهلة المحسوبة بالأيام التقويمية إذا وقعت في يوم عطلة تنتقل إلى يوم العمل التالي</translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation>إضافة عطلة (&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;public holidays</source>
        <translation>إضافة العطل الرسمية (&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>إضافة مرحلة (&amp;S)</translation>
    </message>
    <message>
        <source>Choose the country first.</source>
        <translation>اختر البلد أولًا.</translation>
    </message>
    <message>
        <source>Contract and grievance procedure</source>
        <translation>الاتفاقية الجماعية وإجراءات التظلّم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>البلد…</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>التاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Days off (weekend):</source>
        <translation>أيام العطلة (نهاية الأسبوع):</translation>
    </message>
    <message>
        <source>Grievance types that start at a later step</source>
        <translation>أنواع التظلّم التي تبدأ من مرحلة لاحقة</translation>
    </message>
    <message>
        <source>Holiday row {value}: write the date like 2026-12-25.</source>
        <translation>صف العطلة {value}: اكتب التاريخ هكذا 2026-12-25.</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>Leave “Answer days” empty when there is no answer limit (arbitration).</source>
        <translation>اترك «أيام الرد» فارغًا إن لم تكن للرد مهلة (التحكيم).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>No holidays in {year}: deadlines this year may fall on public holidays. Add {year}&apos;s.</source>
        <translation>لا عطل في {year}: قد تقع مهل هذه السنة في عطل رسمية. أضف عطل {year}.</translation>
    </message>
    <message>
        <source>No holidays yet: deadlines may fall on public holidays such as 25 December. Choose the country (and region) and add them.</source>
        <translation>لا عطل بعد: قد تقع المهل في عطل رسمية مثل 25 ديسمبر. اختر البلد (والمنطقة) وأضفها.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>إزالة العطلة</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>إزالة المرحلة</translation>
    </message>
    <message>
        <source>Row {value} of the steps</source>
        <translation>الصف {value} من المراحل</translation>
    </message>
    <message>
        <source>Step {ordinal}</source>
        <translation>المرحلة {ordinal}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Steps and time limits</source>
        <translation>المراحل والمهل</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>تلك الاتفاقية الجماعية لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>المرحلة الأولى</translation>
    </message>
    <message>
        <source>{where}: counts from</source>
        <translation>{where}: يُحسب من</translation>
    </message>
    <message>
        <source>{where}: start counts from</source>
        <translation>{where}: البدء يُحسب من</translation>
    </message>
    <message>
        <source>{where}: the answer limit</source>
        <translation>{where}: مهلة الرد</translation>
    </message>
    <message>
        <source>{where}: the filing limit</source>
        <translation>{where}: مهلة التقديم</translation>
    </message>
    <message>
        <source>{where}: the start limit</source>
        <translation>{where}: مهلة البدء</translation>
    </message>
    <message>
        <source>{where}: the step number</source>
        <translation>{where}: رقم المرحلة</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>{what} must be a whole number of days.</source>
        <translation>يجب أن يكون {what} عددًا صحيحًا من الأيام.</translation>
    </message>
    <message>
        <source>{where}: “{part}” is not an event a limit counts from; use {words}.</source>
        <translation>{where}: «{part}» ليس حدثًا تُحسب منه المهلة؛ استخدم {words}.</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>القضايا (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation>حفظ المحادثة (&amp;S)</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(لم يُختر أحد)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <source>Assess&amp;ment after</source>
        <translation>التقييم بعد (&amp;M)</translation>
    </message>
    <message>
        <source>Assessment after the conversation</source>
        <translation>التقييم بعد المحادثة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Choose &amp;who talked…</source>
        <translation>اختيار من تحدّث (&amp;W)…</translation>
    </message>
    <message>
        <source>Choose who the conversation was with.</source>
        <translation>اختر الشخص الذي جرت معه المحادثة.</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>التاريخ (&amp;T)</translation>
    </message>
    <message>
        <source>Follow up &amp;by</source>
        <translation>المتابعة قبل (&amp;B)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>No new assessment</source>
        <translation>لا تقييم جديد</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>حسّاس (لا يُطبع ولا يُصدَّر أبدًا) (&amp;V)</translation>
    </message>
    <message>
        <source>That is me (preselect next time)</source>
        <translation>هذا أنا (اختياره مسبقًا في المرة القادمة)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>issues, comma separated: pay, rota, safety</source>
        <translation>القضايا، مفصولة بفواصل: الأجور، جدول المناوبات، السلامة</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;Open person</source>
        <translation>فتح الشخص (&amp;O)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>المحادثات السابقة</translation>
    </message>
    <message>
        <source>Earlier conversations with this person</source>
        <translation>المحادثات السابقة مع هذا الشخص</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>متابعات مستحقة</translation>
    </message>
    <message>
        <source>Follow-ups in area</source>
        <translation>المتابعات في القسم</translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation>المتابعات المعروضة</translation>
    </message>
    <message>
        <source>Log a one-on-one</source>
        <translation>تسجيل محادثة فردية</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>تعليم كمنجز (&amp;D)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a shorter time to narrow the list.</source>
        <translation>عرض {shown} من {total} من المتابعات المستحقة (الأقرب أولًا). اختر قسمًا أو فترة أقصر لتضييق القائمة.</translation>
    </message>
    <message>
        <source>The one-on-one you were writing is not saved.</source>
        <translation>المحادثة الفردية التي كنت تكتبها غير محفوظة.</translation>
    </message>
</context>
<context>
    <name>CopyBanner</name>
    <message>
        <source>Back to my c&amp;hart</source>
        <translation>العودة إلى خريطتي (&amp;H)</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>الخريطة المعروضة</translation>
    </message>
    <message>
        <source>Send my re&amp;port…</source>
        <translation>إرسال تقريري (&amp;P)…</translation>
    </message>
    <message>
        <source>{label} · read-only</source>
        <translation>{label} · للقراءة فقط</translation>
    </message>
    <message>
        <source>{label}. Nothing in it can be changed here: what you do on the floor goes into your report (Committee page, My copies).</source>
        <translation>{label}. لا يمكن تغيير شيء فيها هنا: ما تفعله في الموقع يدخل في تقريرك (صفحة اللجنة، نسخي).</translation>
    </message>
</context>
<context>
    <name>CopyMode</name>
    <message>
        <source>The copy is ready: search finds its one-on-one notes.</source>
        <translation>النسخة جاهزة: البحث يجد ملاحظات محادثاتها الفردية.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Covered.</source>
        <translation>مغطّى.</translation>
    </message>
    <message>
        <source>Short by {short}.</source>
        <translation>النقص: {short}.</translation>
    </message>
    <message>
        <source>The committee has nobody here.</source>
        <translation>ليس للجنة أحد هنا.</translation>
    </message>
    <message>
        <source>{where}. People: {people}; committee members: {members}; helpers: {helpers}; one in ten needs {needed}.</source>
        <translation>{where}. الأشخاص: {people}؛ أعضاء اللجنة: {members}؛ المساعدون: {helpers}؛ واحد من كل عشرة يتطلب: {needed}.</translation>
    </message>
    <message>
        <source>{where}: nobody works here.</source>
        <translation>{where}: لا أحد يعمل هنا.</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>%1 people, %2 on the committee (C): one in ten needs %3.</source>
        <translation>%1 شخصًا، منهم %2 في اللجنة (C): واحد لكل عشرة يتطلب %3.</translation>
    </message>
    <message>
        <source>(one grouping)</source>
        <translation>(تجميع واحد)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Co&amp;lumns by:</source>
        <translation>الأعمدة حسب (&amp;L):</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Committee coverage</source>
        <translation>تغطية اللجنة</translation>
    </message>
    <message>
        <source>Every group has someone on the committee.</source>
        <translation>لكل مجموعة أحد في اللجنة.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Row&amp;s by:</source>
        <translation>الصفوف حسب (&amp;S):</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>الوردية</translation>
    </message>
    <message numerus="yes">
        <source>The committee has nobody in %n group(s), marked red.</source>
        <translation>
            <numerusform>لا مجموعة بلا أحد من اللجنة.</numerusform>
            <numerusform>ليس للجنة أحد في مجموعة واحدة، معلَّمة بالأحمر.</numerusform>
            <numerusform>ليس للجنة أحد في مجموعتين، معلَّمتين بالأحمر.</numerusform>
            <numerusform>ليس للجنة أحد في %n مجموعات، معلَّمة بالأحمر.</numerusform>
            <numerusform>ليس للجنة أحد في %n مجموعة، معلَّمة بالأحمر.</numerusform>
            <numerusform>ليس للجنة أحد في %n مجموعة، معلَّمة بالأحمر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Again</source>
        <translation>مرة أخرى (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>إنشاء خزنة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>المجلد (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>عبارة المرور (&amp;P)</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot be recovered, only replaced with the recovery key shown after creating.</source>
        <translation>الخزنة مجلد مشفّر على هذا الحاسوب. اختر عبارة مرور طويلة: لا يمكن استعادتها، بل استبدالها فقط بمفتاح الاسترداد الذي يظهر بعد الإنشاء.</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ. Type the same one twice.</source>
        <translation>مرة أخرى: عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists.</source>
        <translation>المجلد: اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>Name: a vault with that name already exists in this folder.</source>
        <translation>الاسم: توجد خزنة بهذا الاسم في هذا المجلد.</translation>
    </message>
    <message>
        <source>Name: give the vault a name.</source>
        <translation>الاسم: أعطِ الخزنة اسمًا.</translation>
    </message>
    <message>
        <source>Name: use letters, digits, spaces or dashes (no slashes).</source>
        <translation>الاسم: استخدم حروفًا أو أرقامًا أو مسافات أو شرطات (بلا خطوط مائلة).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>عبارة المرور: استخدم {n} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>e.g. warehouse-committee</source>
        <translation>مثلًا لجنة-المستودع</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>نسخ احتياطي الآن (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>استعادة (&amp;R)…</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>نسخ الخزنة احتياطيًا إلى</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>كُتبت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>اختر ملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Forum Kit backups (*.fkbackup)</source>
        <translation>نسخ Forum Kit الاحتياطية (*.fkbackup)</translation>
    </message>
    <message>
        <source>New vault folder (must not exist)</source>
        <translation>مجلد جديد للخزنة (يجب ألا يكون موجودًا)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <source>Restored into {path}. Open it from the start screen.</source>
        <translation>استُعيدت في {path}. افتحها من شاشة البدء.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>The backup was written and verified: {path}</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: {path}</translation>
    </message>
    <message>
        <source>The operation failed; nothing was changed.</source>
        <translation>فشلت العملية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase at the time of the backup:</source>
        <translation>عبارة مرور الخزنة وقت النسخ الاحتياطي:</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>For</source>
        <comment>what a deadline is for</comment>
        <translation>الغرض</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور (&amp;R):</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(لم يُسجَّل اقتراح)</translation>
    </message>
    <message>
        <source>As the forum wants it shown to the council</source>
        <translation>كما يريد المنتدى عرضه على المجلس</translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation>المجلس (&amp;O):</translation>
    </message>
    <message>
        <source>Choose the council: there is none yet, so create it first (New council… beside the tree).</source>
        <translation>اختر المجلس: لا يوجد مجلس بعد، فأنشئه أولًا («مجلس جديد…» بجانب الشجرة).</translation>
    </message>
    <message>
        <source>Elect a delegate</source>
        <translation>انتخاب مندوب</translation>
    </message>
    <message>
        <source>Election &amp;motion:</source>
        <translation>اقتراح الانتخاب (&amp;M):</translation>
    </message>
    <message>
        <source>From &amp;contacts…</source>
        <translation>من جهات الاتصال (&amp;C)…</translation>
    </message>
    <message>
        <source>Give the delegate&apos;s name (or choose them from the contacts).</source>
        <translation>اكتب اسم المندوب (أو اختره من جهات الاتصال).</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>الولاية من (&amp;F):</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>الولاية إلى (&amp;T):</translation>
    </message>
    <message>
        <source>The term ends before it starts: check the term end.</source>
        <translation>تنتهي الولاية قبل أن تبدأ: تحقّق من نهاية الولاية.</translation>
    </message>
    <message>
        <source>There is no council yet. Create the council first (New council… beside the tree).</source>
        <translation>لا يوجد مجلس بعد. أنشئ المجلس أولًا («مجلس جديد…» بجانب الشجرة).</translation>
    </message>
</context>
<context>
    <name>DelegatesAndMandates</name>
    <message>
        <source>&amp;Elect a delegate…</source>
        <translation>انتخاب مندوب (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Pass a mandate…</source>
        <translation>إقرار تفويض (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>سحب التفويض (&amp;R)…</translation>
    </message>
    <message>
        <source>A mandate is for an agenda item of a council meeting: choose the council, schedule its meeting and add the agenda items first.</source>
        <translation>التفويض يكون لبند في جدول أعمال اجتماع مجلس: اختر المجلس، وحدّد موعد اجتماعه، وأضف بنود جدول الأعمال أولًا.</translation>
    </message>
    <message>
        <source>A recall is a motion of the forum: record the recall motion and its result in a meeting of this forum first (Meetings tab, Record a motion, kind Recall).</source>
        <translation>سحب التفويض اقتراح من المنتدى: سجّل أولًا اقتراح سحب التفويض ونتيجته في اجتماع لهذا المنتدى (تبويب الاجتماعات، تسجيل اقتراح، النوع: سحب التفويض).</translation>
    </message>
    <message>
        <source>Choose the delegate to recall first.</source>
        <translation>اختر أولًا المندوب المراد سحب تفويضه.</translation>
    </message>
    <message>
        <source>Choose the mandate to report back on first.</source>
        <translation>اختر أولًا التفويض المراد تقديم تقرير إلى القاعدة عنه.</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>المندوبون</translation>
    </message>
    <message>
        <source>Delegates are elected by a forum: choose a forum on the left.</source>
        <translation>ينتخب المنتدى المندوبين: اختر منتدى على اليمين.</translation>
    </message>
    <message>
        <source>Delegates carry the forum&apos;s mandates and can be recalled by a carried recall motion of the forum.</source>
        <translation>يحمل المندوبون تفويضات المنتدى، ويمكن سحب تفويضهم باقتراح سحب تفويض يُقرّه المنتدى.</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>التفويضات</translation>
    </message>
    <message>
        <source>Mandates the forums in this vault gave on this council&apos;s agenda.</source>
        <translation>التفويضات التي أعطتها منتديات هذه الخزنة بشأن جدول أعمال هذا المجلس.</translation>
    </message>
    <message>
        <source>Recall this delegate?</source>
        <translation>أتريد سحب تفويض هذا المندوب؟</translation>
    </message>
    <message>
        <source>Report &amp;back…</source>
        <translation>تقرير إلى القاعدة (&amp;B)…</translation>
    </message>
    <message>
        <source>The delegate&apos;s term ends on {day}.</source>
        <translation>تنتهي ولاية المندوب في {day}.</translation>
    </message>
    <message>
        <source>The forum&apos;s instructions to its delegate on council agenda items.</source>
        <translation>تعليمات المنتدى لمندوبه بشأن بنود جدول أعمال المجلس.</translation>
    </message>
    <message>
        <source>They no longer carry the forum&apos;s mandates.</source>
        <translation>لم يعودوا يحملون تفويضات المنتدى.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose a picture</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>كلمة المرور (8 أحرف على الأقل):</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>الحماية بكلمة مرور</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>حفظ المستند</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>كلمة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> بكلمة مرور (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>المستند (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>في (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقاف (&amp;S)</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>يستطيع أي شخص يحصل على الملف قراءته.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>لغة المستند</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>الصفحات المرسلة إلى الطابعة: {n}.</translation>
    </message>
    <message>
        <source>Pages: {n}.</source>
        <translation>الصفحات: {n}.</translation>
    </message>
    <message>
        <source>Personal data in this document</source>
        <translation>البيانات الشخصية في هذا المستند</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>الحماية بكلمة مرور (&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>حفظ بصيغة PDF (&amp;V)…</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>أتريد حفظ ملف PDF يحتوي {what} دون كلمة مرور؟</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>حُفظ{how}.</translation>
    </message>
    <message>
        <source>Stop building this document</source>
        <translation>إيقاف إعداد هذا المستند</translation>
    </message>
    <message>
        <source>Stopped: the document was not built.</source>
        <translation>أُوقف: لم يُعدّ المستند.</translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation>تعذّر إعداد المستند.</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>حدّد «الحماية بكلمة مرور» لتشفيره.</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>الأسماء الكاملة للزملاء</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>الأحرف الأولى من أسماء الزملاء</translation>
    </message>
    <message>
        <source>each worker&apos;s assessment (by row number)</source>
        <translation>تقييم كل عامل (حسب رقم الصف)</translation>
    </message>
</context>
<context>
    <name>DownPanel</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>Absent (no vote)</source>
        <translation>غائب (بلا تصويت)</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>جدول أعمال {council}، اجتماع {day}، حُفظ لـ {member}؛ عدد البنود: {n}.</translation>
    </message>
    <message>
        <source>Decisions of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>قرارات {council}، اجتماع {day}، حُفظت لـ {member}؛ عدد البنود: {n}.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Its vote on:</source>
        <translation>تصويته على:</translation>
    </message>
    <message>
        <source>Mandates &amp;due by</source>
        <translation>موعد ال&amp;تفويضات</translation>
    </message>
    <message>
        <source>Mee&amp;ting:</source>
        <translation>الا&amp;جتماع:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>ال&amp;عضو:</translation>
    </message>
    <message>
        <source>Member&apos;s key</source>
        <translation>مفتاح العضو</translation>
    </message>
    <message>
        <source>No trusted member yet: trust its key card</source>
        <translation>لا عضو موثوق بعد: ثق ببطاقة مفتاحه</translation>
    </message>
    <message>
        <source>Recorded: {member} voted {vote} on {item}.</source>
        <translation>سُجّل: صوّت {member} “{vote}” على {item}.</translation>
    </message>
    <message>
        <source>Save &amp;agenda…</source>
        <translation>حفظ &amp;جدول الأعمال…</translation>
    </message>
    <message>
        <source>Save d&amp;ecisions…</source>
        <translation>حفظ ال&amp;قرارات…</translation>
    </message>
    <message>
        <source>Send down to a member (choose a council on the left)</source>
        <translation>إرسال إلى عضو (اختر مجلسًا على اليسار)</translation>
    </message>
    <message>
        <source>The council&apos;s meeting</source>
        <translation>اجتماع المجلس</translation>
    </message>
    <message>
        <source>The member&apos;s vote</source>
        <translation>تصويت العضو</translation>
    </message>
    <message>
        <source>Voted against its mandate: {items}.</source>
        <translation>صوّت ضد تفويضه: {items}.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>EntryLogging</name>
    <message>
        <source>(no assessment)</source>
        <translation>(بلا تقييم)</translation>
    </message>
    <message>
        <source>Appealed to the next step</source>
        <translation>استُؤنف إلى المرحلة التالية</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>طُلب منه</translation>
    </message>
    <message>
        <source>Correct what is wrong about {name}; each change goes to the keeper as its own entry.</source>
        <translation>صحّح ما هو خطأ بشأن {name}؛ كل تغيير يذهب إلى الحافظ كقيد مستقل.</translation>
    </message>
    <message>
        <source>Filed at its current step</source>
        <translation>قُدّم في مرحلته الحالية</translation>
    </message>
    <message>
        <source>Logged for your next report.</source>
        <translation>سُجّل لتقريرك التالي.</translation>
    </message>
    <message>
        <source>Management answered at its current step</source>
        <translation>ردّت الإدارة في مرحلته الحالية</translation>
    </message>
    <message>
        <source>Nothing differs from the copy; nothing was logged.</source>
        <translation>لا فرق عن النسخة؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>شارك</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>أُزيل القيد.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>إزالة (&amp;R)…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>إضافة ملف (&amp;F)…</translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted: delete it when done.</source>
        <translation>حُفظت النسخة. إنها غير مشفّرة: احذفها عند الانتهاء.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Evidence is stored encrypted inside the vault. A saved copy is an ordinary, unencrypted file: keep it somewhere safe.</source>
        <translation>تُحفظ الأدلة مشفّرة داخل الخزنة. النسخة المحفوظة ملف عادي غير مشفّر: احفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>معاينة الدليل</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>أُزيل الدليل.</translation>
    </message>
    <message>
        <source>Evidence stored in the vault.</source>
        <translation>حُفظ الدليل في الخزنة.</translation>
    </message>
    <message>
        <source>No preview for this kind of file; use “Save a copy…”.</source>
        <translation>لا معاينة لهذا النوع من الملفات؛ استخدم «حفظ نسخة…».</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>معاينة (&amp;V)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ نسخة (&amp;C)…</translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation>تعذّرت كتابة النسخة هناك.</translation>
    </message>
    <message>
        <source>The file could not be read; check it exists.</source>
        <translation>تعذّرت قراءة الملف؛ تحقّق من وجوده.</translation>
    </message>
    <message>
        <source>The file is larger than 25 MB; attach a smaller copy or an extract.</source>
        <translation>حجم الملف أكبر من 25 MB؛ أرفق نسخة أصغر أو مقتطفًا.</translation>
    </message>
    <message>
        <source>the file stored in the vault</source>
        <translation>الملف المحفوظ في الخزنة</translation>
    </message>
    <message>
        <source>this evidence file</source>
        <translation>ملف الدليل هذا</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>&amp;Confirmed:</source>
        <translation>أُكّد في (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>المانح (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>الساعات (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>المتلقي (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>ماذا (&amp;W):</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1.5 أو 1:30</translation>
    </message>
    <message>
        <source>An hour is an hour, whatever the work.</source>
        <translation>الساعة ساعة، أيًّا كان العمل.</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>أكّده</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>المانح</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>المتلقي</translation>
    </message>
    <message>
        <source>Record a time-bank exchange</source>
        <translation>تسجيل تبادل في بنك الوقت</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما أُنجز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Export the grievance list</source>
        <translation>تصدير قائمة التظلّمات</translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation>تصدير قائمة الأشخاص</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Include people and cases marked sensitive</source>
        <translation>تضمين الأشخاص والقضايا المعلَّمة حسّاسة</translation>
    </message>
    <message>
        <source>The rows: the list as the page shows it, with its filters and in its order.</source>
        <translation>الصفوف: القائمة كما تعرضها الصفحة، بعوامل تصفيتها وترتيبها.</translation>
    </message>
    <message>
        <source>The rows: the whole list of the workplace.</source>
        <translation>الصفوف: القائمة الكاملة لمكان العمل.</translation>
    </message>
    <message>
        <source>The vault has no workplace yet; add one first.</source>
        <translation>لا يوجد مكان عمل في الخزنة بعد؛ أضف واحدًا أولًا.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>تاريخ الاتفاق (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>المهلة (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>التاريخ الجديد (&amp;N):</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>اتُّفق عليه مع (&amp;W):</translation>
    </message>
    <message>
        <source>Written extension</source>
        <translation>تمديد مكتوب</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>مثلًا مديرة الموارد البشرية، كتابيًا</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, XLSX or ODS chart: one row per person.</source>
        <translation>خريطة مكان العمل بصيغة CSV أو XLSX أو ODS: صف لكل شخص.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>اختر جدول بيانات</translation>
    </message>
    <message>
        <source>Choose the encoding above, then Next.</source>
        <translation>اختر الترميز أعلاه، ثم «التالي».</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025 are day/month (3 April)</source>
        <translation>تواريخ مثل 03/04/2025 تعني يوم/شهر (3 أبريل)</translation>
    </message>
    <message>
        <source>Detect (asks when unsure)</source>
        <translation>اكتشاف تلقائي (يسأل عند الشك)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>ترميز النص (CSV)</translation>
    </message>
    <message>
        <source>The file could not be read; choose another file.</source>
        <translation>تعذّرت قراءة الملف؛ اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{day}  overdue</source>
        <translation>{day}  متأخر</translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Letter</source>
        <translation>Letter (الأمريكي)</translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>Count grievances marked &amp;sensitive</source>
        <translation>احتساب التظلّمات المعلَّمة حسّاسة (&amp;S)</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>الأرقام حتى تاريخ</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <source>Off: cases marked sensitive are left out of the grievance counts, as the briefing says. Tick only when the forum agreed to report them.</source>
        <translation>معطّل: تُستبعد القضايا المعلَّمة حسّاسة من عدد التظلّمات، كما تقول الإحاطة. فعّله فقط إن وافق المنتدى على الإبلاغ عنها.</translation>
    </message>
    <message>
        <source>forum: the vault has no forum yet; add one under Assemblies.</source>
        <translation>المنتدى: لا منتدى في الخزنة بعد؛ أضف واحدًا في «الجمعيات».</translation>
    </message>
</context>
<context>
    <name>FundEntryForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>المبلغ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>العضو (&amp;M):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Entries are never edited: a mistake is corrected by reversing the entry.</source>
        <translation>القيود لا تُعدَّل أبدًا: يُصحَّح الخطأ بعكس القيد.</translation>
    </message>
    <message>
        <source>For the &amp;need:</source>
        <translation>للاحتياج (&amp;N):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>مذكرة (&amp;E):</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>مذكرة</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>Post to the fund</source>
        <translation>قيد في الصندوق</translation>
    </message>
</context>
<context>
    <name>GlossaryTip</name>
    <message>
        <source>F1: the guide for this page</source>
        <translation>F1: دليل هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>GrievanceChart</name>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Grievance chart</source>
        <translation>رسم التظلّمات البياني</translation>
    </message>
    <message>
        <source>Median days from the first filing to the outcome</source>
        <translation>وسيط الأيام من أول تقديم حتى النتيجة</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>المفتوحة في نهاية الشهر</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>Won, % of the cases closed</source>
        <translation>المكسوبة، % من القضايا المغلقة</translation>
    </message>
</context>
<context>
    <name>GrievanceEditor</name>
    <message>
        <source>&amp;Case</source>
        <translation>القضية (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>الأدلة (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>الرسائل (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>النتيجة (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Steps and deadlines</source>
        <translation>المراحل والمهل (&amp;S)</translation>
    </message>
    <message>
        <source>Choose a contract first (set one up with “Contract…”).</source>
        <translation>اختر اتفاقية جماعية أولًا (أنشئها من «الاتفاقية الجماعية…»).</translation>
    </message>
    <message>
        <source>New grievance</source>
        <translation>تظلّم جديد</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; save them when ready.</source>
        <translation>عادت تغييراتك غير المحفوظة؛ احفظها عندما تكون جاهزًا.</translation>
    </message>
</context>
<context>
    <name>GrievanceEvidence</name>
    <message>
        <source>Add evidence</source>
        <translation>إضافة أدلة</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>حفظ نسخة (غير مشفّرة)</translation>
    </message>
</context>
<context>
    <name>GrievanceLists</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>مغلق: {outcome}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>GrievanceReviewView</name>
    <message>
        <source> · {n} marked sensitive left out</source>
        <translation> · استُبعدت {n} معلَّمة حسّاسة</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>مكان العمل (&amp;W):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{open} open&lt;/b&gt; ({overdue} overdue, {soon} due within a few working days) · &lt;b&gt;{closed} closed&lt;/b&gt; since {start}: won {won}, settled {settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win rate &lt;b&gt;{rate}&lt;/b&gt; · median {days} days to resolution</source>
        <translation>&lt;b&gt;{open} مفتوحة&lt;/b&gt; ({overdue} متأخرة، {soon} تستحق خلال أيام عمل قليلة) · &lt;b&gt;{closed} مغلقة&lt;/b&gt; منذ {start}: كُسبت {won}، سُوّيت {settled}، سُحبت {withdrawn}، رُفضت {lost}، انقضت {lapsed} · نسبة الكسب &lt;b&gt;{rate}&lt;/b&gt; · الوسيط {days} يومًا حتى الحسم</translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation>حتى تاريخ (&amp;F):</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>By steward, step, area, article</source>
        <translation>حسب الممثل النقابي والمرحلة والقسم والمادة</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Closed &amp;since:</source>
        <translation>المغلقة منذ (&amp;S):</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>القضايا المغلقة</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Every workplace</source>
        <translation>كل أماكن العمل</translation>
    </message>
    <message>
        <source>Include cases marked &amp;sensitive</source>
        <translation>تضمين القضايا المعلَّمة حسّاسة (&amp;S)</translation>
    </message>
    <message>
        <source>Name &amp;grievants</source>
        <translation>ذكر أسماء المتظلّمين (&amp;G)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>القضايا المفتوحة</translation>
    </message>
    <message>
        <source>Outcomes and months</source>
        <translation>النتائج والأشهر</translation>
    </message>
    <message>
        <source>Outcomes by article</source>
        <translation>النتائج حسب المادة</translation>
    </message>
    <message>
        <source>Outcomes by type</source>
        <translation>النتائج حسب النوع</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>الحماية بكلمة مرور</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>حُفظ التقرير.</translation>
    </message>
    <message>
        <source>Save report &amp;PDF…</source>
        <translation>حفظ التقرير بصيغة PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>تعذّرت قراءة الأرقام.</translation>
    </message>
    <message>
        <source>The period starts after its end; choose an earlier “Closed since” date.</source>
        <translation>تبدأ الفترة بعد نهايتها؛ اختر تاريخ «المغلقة منذ» أبكر.</translation>
    </message>
    <message>
        <source>Win rate: won as a share of the cases closed (settlements counted apart). Days: from the first filing to the outcome.</source>
        <translation>نسبة الكسب: المكسوبة من بين القضايا المغلقة (التسويات على حدة). الأيام: من أول تقديم حتى النتيجة.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
</context>
<context>
    <name>Grievances</name>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>تصدير المهل إلى ملف تقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>GrievancesPage</name>
    <message numerus="yes">
        <source>%n deadline(s) exported.</source>
        <translation>
            <numerusform>لم تُصدَّر أي مهلة.</numerusform>
            <numerusform>صُدِّرت مهلة واحدة.</numerusform>
            <numerusform>صُدِّرت مهلتان.</numerusform>
            <numerusform>صُدِّرت %n مهل.</numerusform>
            <numerusform>صُدِّرت %n مهلة.</numerusform>
            <numerusform>صُدِّرت %n مهلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation>
            <numerusform>لا تظلّمات</numerusform>
            <numerusform>تظلّم واحد</numerusform>
            <numerusform>تظلّمان</numerusform>
            <numerusform>%n تظلّمات</numerusform>
            <numerusform>%n تظلّمًا</numerusform>
            <numerusform>%n تظلّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>لا شيء متأخر</numerusform>
            <numerusform>واحد متأخر</numerusform>
            <numerusform>اثنان متأخران</numerusform>
            <numerusform>%n متأخرة</numerusform>
            <numerusform>%n متأخرًا</numerusform>
            <numerusform>%n متأخر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>القسم (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>الاتفاقية الجماعية (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New grievance</source>
        <translation>تظلّم جديد (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة (&amp;S):</translation>
    </message>
    <message>
        <source>1 grievance</source>
        <translation>تظلّم واحد</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>أي قسم</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>أي مرحلة</translation>
    </message>
    <message>
        <source>Any steward</source>
        <translation>أي ممثل نقابي</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Committee re&amp;view</source>
        <translation>مراجعة اللجنة (&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines (.ics)…</source>
        <translation>تصدير المهل (.ics) (&amp;X)…</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>التظلّمات</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>قوالب الرسائل (&amp;M)…</translation>
    </message>
    <message>
        <source>No deadline overdue</source>
        <translation>لا مهل متأخرة</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>المرحلة (&amp;T):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ste&amp;ward:</source>
        <translation>الممثل النقابي (&amp;W):</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>الممثل النقابي</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النوع (&amp;Y):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>include grievants&apos; names</source>
        <translation>تضمين أسماء المتظلّمين</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ لا شيء متأخر</numerusform>
            <numerusform>⚠ واحد متأخر</numerusform>
            <numerusform>⚠ اثنان متأخران</numerusform>
            <numerusform>⚠ %n متأخرة</numerusform>
            <numerusform>⚠ %n متأخرًا</numerusform>
            <numerusform>⚠ %n متأخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>Growth chart</source>
        <translation>رسم النمو</translation>
    </message>
    <message>
        <source>{label}: nobody works in these areas yet</source>
        <translation>{label}: لا أحد يعمل في هذه الأقسام بعد</translation>
    </message>
</context>
<context>
    <name>GrowthLists</name>
    <message>
        <source>below 1:10</source>
        <translation>دون 1:10</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>جيد</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation>
            <numerusform>لا أقسام محدّدة؛ يقارن الرسم أول {max} (ألغِ تحديد بعضها للاختيار).</numerusform>
            <numerusform>قسم واحد محدّد؛ يقارن الرسم أول {max} (ألغِ تحديد بعضها للاختيار).</numerusform>
            <numerusform>قسمان محدّدان؛ يقارن الرسم أول {max} (ألغِ تحديد بعضها للاختيار).</numerusform>
            <numerusform>%n أقسام محدّدة؛ يقارن الرسم أول {max} (ألغِ تحديد بعضها للاختيار).</numerusform>
            <numerusform>%n قسمًا محدّدًا؛ يقارن الرسم أول {max} (ألغِ تحديد بعضها للاختيار).</numerusform>
            <numerusform>%n قسم محدّد؛ يقارن الرسم أول {max} (ألغِ تحديد بعضها للاختيار).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>حتى تاريخ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>الرقم (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>الفترة (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>اليوم (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>مكان العمل (&amp;W):</translation>
    </message>
    <message>
        <source>Areas to compare</source>
        <translation>الأقسام المراد مقارنتها</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation>
            <numerusform>مقارنة الأقسام (حتى %n):</numerusform>
            <numerusform>مقارنة الأقسام (حتى %n):</numerusform>
            <numerusform>مقارنة الأقسام (حتى %n):</numerusform>
            <numerusform>مقارنة الأقسام (حتى %n):</numerusform>
            <numerusform>مقارنة الأقسام (حتى %n):</numerusform>
            <numerusform>مقارنة الأقسام (حتى %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every area as of {day}: {below} below the 1:10 committee target (listed first).</source>
        <translation>كل الأقسام حتى {day}: {below} دون هدف اللجنة 1:10 (مدرجة أولًا).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation>الأرقام حسب القسم</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>الفترة الزمنية</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>المحتويات (&amp;C)</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>إلى الأمام (&amp;W)</translation>
    </message>
    <message>
        <source>Forum Kit guide</source>
        <translation>دليل Forum Kit</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>نص الدليل</translation>
    </message>
    <message>
        <source>Making the quick start…</source>
        <translation>جارٍ إعداد دليل البدء السريع…</translation>
    </message>
    <message>
        <source>Parts of the guide</source>
        <translation>أجزاء الدليل</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>حفظ دليل البدء السريع (PDF) (&amp;Q)…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the quick start (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>حُفظ دليل البدء السريع (بلا صفحات) في {path}.</numerusform>
            <numerusform>حُفظ دليل البدء السريع (صفحة واحدة) في {path}.</numerusform>
            <numerusform>حُفظ دليل البدء السريع (صفحتان) في {path}.</numerusform>
            <numerusform>حُفظ دليل البدء السريع (%n صفحات) في {path}.</numerusform>
            <numerusform>حُفظ دليل البدء السريع (%n صفحة) في {path}.</numerusform>
            <numerusform>حُفظ دليل البدء السريع (%n صفحة) في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quick start was not saved: {error}</source>
        <translation>لم يُحفظ دليل البدء السريع: {error}</translation>
    </message>
</context>
<context>
    <name>HazardsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>إعادة الفتح (&amp;O)</translation>
    </message>
    <message>
        <source>Dealt with &amp;today</source>
        <translation>عولج اليوم (&amp;T)</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Hazards of the area</source>
        <translation>مخاطر القسم</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>خطر جديد</translation>
    </message>
    <message>
        <source>Note a hazard:</source>
        <translation>تسجيل خطر:</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>سُجّل في</translation>
    </message>
    <message>
        <source>e.g. loading bay over 30 °C in summer</source>
        <translation>مثل: رصيف التحميل فوق 30 °C صيفًا</translation>
    </message>
</context>
<context>
    <name>HazardsModel</name>
    <message>
        <source>not yet</source>
        <comment>a hazard not dealt with yet</comment>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this page</source>
        <translation>دليل هذه الصفحة (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>First ste&amp;ps (walk-through)…</source>
        <translation>الخطوات الأولى (الجولة التعريفية) (&amp;P)…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>المسرد (&amp;L)</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>البدء (&amp;S)</translation>
    </message>
    <message>
        <source>Safety &amp;first</source>
        <translation>السلامة أولًا (&amp;F)</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>حفظ دليل البدء السريع (PDF) (&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>اختر جدول بيانات</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>استيراد خريطة مكان العمل</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.xlsx *.ods *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>التظلّم (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>العضو (&amp;M):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Add a &amp;witness…</source>
        <translation>إضافة شاهد (&amp;W)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>التظلّم</translation>
    </message>
    <message>
        <source>Log retaliation</source>
        <translation>تسجيل انتقام</translation>
    </message>
    <message>
        <source>Member targeted</source>
        <translation>العضو المستهدف</translation>
    </message>
    <message>
        <source>Sensitive (kept out of exports and bundles unless chosen)</source>
        <translation>حسّاس (يُستبعد من التصدير والحزم ما لم يُختر)</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>ماذا حدث (&amp;H):</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Who from ma&amp;nagement:</source>
        <translation>من الإدارة (&amp;N):</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>من الإدارة</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>الشهود:</translation>
    </message>
</context>
<context>
    <name>KeeperDialog</name>
    <message>
        <source>Trust a chart keeper</source>
        <translation>الوثوق بحافظ خريطة</translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation>
            <numerusform>«{code}» (اللغة الثانية): لا كلمات</numerusform>
            <numerusform>«{code}» (اللغة الثانية): كلمة واحدة</numerusform>
            <numerusform>«{code}» (اللغة الثانية): كلمتان</numerusform>
            <numerusform>«{code}» (اللغة الثانية): %n كلمات</numerusform>
            <numerusform>«{code}» (اللغة الثانية): %n كلمة</numerusform>
            <numerusform>«{code}» (اللغة الثانية): %n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation>
            <numerusform>«{code}»: لا كلمات</numerusform>
            <numerusform>«{code}»: كلمة واحدة</numerusform>
            <numerusform>«{code}»: كلمتان</numerusform>
            <numerusform>«{code}»: %n كلمات</numerusform>
            <numerusform>«{code}»: %n كلمة</numerusform>
            <numerusform>«{code}»: %n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>A blank line separates paragraphs</source>
        <translation>يفصل سطر فارغ بين الفقرات</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>How to reach you: a phone, an e-mail, a name</source>
        <translation>كيف يُتواصل معكم: هاتف، بريد إلكتروني، اسم</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>ملف صورة…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>بلا صورة</translation>
    </message>
    <message>
        <source>On the back</source>
        <translation>على الظهر</translation>
    </message>
    <message>
        <source>One demand per line</source>
        <translation>مطلب واحد في كل سطر</translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation>ملف PNG أو JPEG</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Who we are, in this language</source>
        <translation>من نحن، بهذه اللغة</translation>
    </message>
    <message>
        <source>Words of the leaflet</source>
        <translation>كلمات المنشور</translation>
    </message>
    <message>
        <source>e.g. The night shift committee of the depot</source>
        <translation>مثلًا لجنة الوردية الليلية في المستودع</translation>
    </message>
    <message>
        <source>visual: choose an image file, or a pictogram.</source>
        <translation>الصورة: اختر ملف صورة، أو رسمًا رمزيًا.</translation>
    </message>
    <message>
        <source>words: Forum Kit has no leaflet words in {languages} yet. Write them in that language under “Words of the leaflet” (marked in red); nothing is printed in English instead.</source>
        <translation>الكلمات: ليست لدى Forum Kit كلمات المنشور بـ{languages} بعد. اكتبها بتلك اللغة تحت «كلمات المنشور» (معلَّمة بالأحمر)؛ لا يُطبع شيء بالإنجليزية بدلًا منها.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> بكلمة مرور (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Information asked for:</source>
        <translation>المعلومات المطلوبة (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>الرسالة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>التاريخ الجديد (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>تسجيلها كمُرسَلة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>الرد قبل (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>حفظ PDF (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Terms agreed:</source>
        <translation>الشروط المتفق عليها (&amp;T):</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>اتُّفق عليه مع (&amp;W):</translation>
    </message>
    <message>
        <source>Agreed o&amp;n:</source>
        <translation>تاريخ الاتفاق (&amp;N):</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>المهلة (&amp;L):</translation>
    </message>
    <message>
        <source>Fill &amp;again from the case</source>
        <translation>الملء من القضية مجددًا (&amp;A)</translation>
    </message>
    <message>
        <source>Grievance letter</source>
        <translation>رسالة تظلّم</translation>
    </message>
    <message>
        <source>Keep this letter on the case, dated as above</source>
        <translation>حفظ هذه الرسالة على القضية بالتاريخ أعلاه</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>نص الرسالة (&amp;X):</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>الصفحات المرسلة إلى الطابعة: {n}.</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>الحماية بكلمة مرور (&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>الموضوع (&amp;U):</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>حُفظ{how}.</translation>
    </message>
    <message>
        <source>Sent on {day}. {effect}</source>
        <translation>أُرسلت في {day}. {effect}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>The earliest open deadline</source>
        <translation>أقرب مهلة مفتوحة</translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation>رد صاحب العمل</translation>
    </message>
    <message>
        <source>The letter could not be built.</source>
        <translation>تعذّر إعداد الرسالة.</translation>
    </message>
    <message>
        <source>The text keeps your edits; “Fill again” replaces them.</source>
        <translation>يحتفظ النص بتعديلاتك؛ «الملء مجددًا» يستبدلها.</translation>
    </message>
    <message>
        <source>The union&apos;s filing or appeal</source>
        <translation>تقديم النقابة أو استئنافها</translation>
    </message>
    <message>
        <source>When recording, also: {effect}</source>
        <translation>عند التسجيل، أيضًا: {effect}</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>مثلًا مديرة الموارد البشرية، كتابيًا</translation>
    </message>
    <message>
        <source>one item a line, e.g. the overtime sheets for March</source>
        <translation>عنصر في كل سطر، مثلًا كشوف العمل الإضافي لشهر مارس</translation>
    </message>
    <message>
        <source>⚠ Not filled from the case: {words}. The letter prints “[missing: …]” there: fill them in the case or in the letter.</source>
        <translation>⚠ لم يُملأ من القضية: {words}. تطبع الرسالة «[ناقص: …]» هناك: املأها في القضية أو في الرسالة.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>&amp;New letter…</source>
        <translation>رسالة جديدة (&amp;N)…</translation>
    </message>
    <message>
        <source>(what it recorded on the case, such as a filing or an appeal, stays)</source>
        <translation>(ما سجّلته على القضية، كالتقديم أو الاستئناف، يبقى)</translation>
    </message>
    <message>
        <source>Building the fact sheet…</source>
        <translation>جارٍ إعداد ورقة وقائع القضية…</translation>
    </message>
    <message>
        <source>Case &amp;fact sheet…</source>
        <translation>ورقة وقائع القضية (&amp;F)…</translation>
    </message>
    <message>
        <source>Fact sheet saved.</source>
        <translation>حُفظت ورقة الوقائع.</translation>
    </message>
    <message>
        <source>Letter recorded on the case.</source>
        <translation>سُجّلت الرسالة على القضية.</translation>
    </message>
    <message>
        <source>Letters are filled from the case with the contract&apos;s own dates. Change the wording of each kind of letter with “Letter templates…” on the Grievances page.</source>
        <translation>تُملأ الرسائل من بيانات القضية بتواريخ الاتفاقية الجماعية نفسها. غيّر صياغة كل نوع من الرسائل من «قوالب الرسائل…» في صفحة التظلّمات.</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>الرسائل المُرسَلة</translation>
    </message>
    <message>
        <source>Open / print a&amp;gain…</source>
        <translation>فتح / طباعة مجددًا (&amp;G)…</translation>
    </message>
    <message>
        <source>Protect the fact sheet with a password</source>
        <translation>حماية ورقة الوقائع بكلمة مرور</translation>
    </message>
    <message>
        <source>Take off the &amp;record…</source>
        <translation>الحذف من السجل (&amp;R)…</translation>
    </message>
    <message>
        <source>The fact sheet could not be built.</source>
        <translation>تعذّر إعداد ورقة الوقائع.</translation>
    </message>
    <message>
        <source>The letter is no longer on the case&apos;s record.</source>
        <translation>لم تعد الرسالة في سجل القضية.</translation>
    </message>
    <message>
        <source>the copy of the letter kept on the case</source>
        <translation>نسخة الرسالة المحفوظة على القضية</translation>
    </message>
    <message>
        <source>this letter&apos;s record</source>
        <translation>سجل هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Forum Kit</source>
        <translation>حول Forum Kit (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>القفل الآن (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>البحث في كل شيء (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;S)…</translation>
    </message>
    <message>
        <source>Its files, its folder or the disk cannot be written.</source>
        <translation>لا يمكن الكتابة في ملفاتها أو مجلدها أو القرص.</translation>
    </message>
    <message>
        <source>Quit Forum Kit</source>
        <translation>إنهاء Forum Kit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>البحث في كل شيء (Ctrl+F)</translation>
    </message>
    <message>
        <source>This kind of item has no page yet.</source>
        <translation>ليست لهذا النوع من العناصر صفحة بعد.</translation>
    </message>
    <message>
        <source>This vault is read-only: it is open for reading only and nothing in it can be changed. To make changes, copy the vault folder to a place you can write to.</source>
        <translation>هذه الخزنة للقراءة فقط: مفتوحة للقراءة وحدها ولا يمكن تغيير شيء فيها. لإجراء تغييرات، انسخ مجلد الخزنة إلى مكان يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Vault: {name} — {state}</source>
        <translation>الخزنة: {name} — {state}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>unlocked, read-only</source>
        <translation>مفتوحة، للقراءة فقط</translation>
    </message>
    <message>
        <source>{name} — Forum Kit</source>
        <translation>{name} — Forum Kit</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>&amp;Figure to hold:</source>
        <translation>الرقم المطلوب التمسك به (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>التعليمات (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Red lines:</source>
        <translation>الخطوط الحمراء (&amp;R):</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>(لم يُسجَّل اقتراح)</translation>
    </message>
    <message>
        <source>Council agenda &amp;item:</source>
        <translation>بند جدول أعمال المجلس (&amp;I):</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>ينتهي في (&amp;X):</translation>
    </message>
    <message>
        <source>Forum&apos;s &amp;motion:</source>
        <translation>اقتراح المنتدى (&amp;M):</translation>
    </message>
    <message>
        <source>Pass a mandate</source>
        <translation>إقرار تفويض</translation>
    </message>
    <message>
        <source>What the delegate must never agree to</source>
        <translation>ما يجب ألا يوافق عليه المندوب أبدًا</translation>
    </message>
    <message>
        <source>e.g. 5% pay rise, no fewer than 12 on the line</source>
        <translation>مثلًا زيادة 5% في الأجور، وألا يقل العدد على الخط عن 12</translation>
    </message>
</context>
<context>
    <name>MandateState</name>
    <message>
        <source>Expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>قُدّم التقرير</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten})</source>
        <translation>{members} من {target} مطلوبين ({ratio}، الهدف 1:{ten})</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten}) — {short} short</source>
        <translation>{members} من {target} مطلوبين ({ratio}، الهدف 1:{ten}) — ينقص {short}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>إضافة قسم (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>نقل (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>مكان العمل (&amp;W):</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <source>Add &amp;below…</source>
        <translation>إضافة تحته (&amp;B)…</translation>
    </message>
    <message>
        <source>Add &amp;person here…</source>
        <translation>إضافة شخص هنا (&amp;P)…</translation>
    </message>
    <message>
        <source>Add a workplace to start.</source>
        <translation>أضف مكان عمل للبدء.</translation>
    </message>
    <message>
        <source>Add an area (department, line, shift…).</source>
        <translation>أضف قسمًا (إدارة، خط إنتاج، وردية…).</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>إضافة قسم</translation>
    </message>
    <message>
        <source>Add neighbourhood</source>
        <translation>إضافة حي</translation>
    </message>
    <message>
        <source>Add neighbourhood…</source>
        <translation>إضافة حي…</translation>
    </message>
    <message>
        <source>Add wor&amp;kplace…</source>
        <translation>إضافة مكان عمل (&amp;K)…</translation>
    </message>
    <message>
        <source>Add workplace</source>
        <translation>إضافة مكان عمل</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>التغطية (&amp;O)</translation>
    </message>
    <message>
        <source>Cha&amp;rt</source>
        <translation>الخريطة (&amp;R)</translation>
    </message>
    <message>
        <source>Chart of the area</source>
        <translation>خريطة القسم</translation>
    </message>
    <message>
        <source>Delete neighbo&amp;urhood…</source>
        <translation>حذف الحي (&amp;U)…</translation>
    </message>
    <message>
        <source>Delete workpla&amp;ce…</source>
        <translation>حذف مكان العمل (&amp;C)…</translation>
    </message>
    <message>
        <source>Door-knocks, last 90 days:</source>
        <translation>طرق الأبواب، آخر 90 يومًا:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>عدد العاملين:</translation>
    </message>
    <message>
        <source>Name of the street, estate or building:</source>
        <translation>اسم الشارع أو الحي السكني أو المبنى:</translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation>اسم مكان العمل:</translation>
    </message>
    <message>
        <source>Ne&amp;ighbourhood:</source>
        <translation>الحي (&amp;I):</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days:</source>
        <translation>المحادثات الفردية، آخر 90 يومًا:</translation>
    </message>
    <message>
        <source>Pictur&amp;e</source>
        <translation>الصورة (&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة تسمية (&amp;N)…</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <source>Residents:</source>
        <translation>السكان:</translation>
    </message>
    <message>
        <source>Structure &amp;tests…</source>
        <translation>اختبارات البنية (&amp;T)…</translation>
    </message>
    <message>
        <source>Supporters (%1):</source>
        <translation>المؤيدون (%1):</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation>
            <numerusform>لا شيء عن أشخاصه أو تظلّماته: يُنقلون إلى قسم تختاره</numerusform>
            <numerusform>لا شيء عن الشخص أو التظلّم الوحيد فيه: يُنقل إلى قسم تختاره</numerusform>
            <numerusform>لا شيء عن الاثنين فيه من أشخاص أو تظلّمات: يُنقلان إلى قسم تختاره</numerusform>
            <numerusform>لا شيء عن أشخاصه أو تظلّماته الـ%n: يُنقلون إلى قسم تختاره</numerusform>
            <numerusform>لا شيء عن أشخاصه أو تظلّماته الـ%n: يُنقلون إلى قسم تختاره</numerusform>
            <numerusform>لا شيء عن أشخاصه أو تظلّماته الـ%n: يُنقلون إلى قسم تختاره</numerusform>
        </translation>
    </message>
    <message>
        <source>this area</source>
        <translation>هذا القسم</translation>
    </message>
    <message>
        <source>this neighbourhood</source>
        <translation>هذا الحي</translation>
    </message>
    <message>
        <source>this workplace</source>
        <translation>مكان العمل هذا</translation>
    </message>
</context>
<context>
    <name>MapPicture</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>المنطقة (&amp;Z):</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Arrange &amp;tiles</source>
        <translation>ترتيب المربعات (&amp;T)</translation>
    </message>
    <message>
        <source>B&amp;y headcount</source>
        <translation>حسب عدد العاملين (&amp;Y)</translation>
    </message>
    <message>
        <source>Click a tile to choose an area.</source>
        <translation>انقر مربعًا لاختيار قسم.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>منطقة خطر</translation>
    </message>
    <message>
        <source>Drag a tile to move it; drag its lower right corner to resize it.</source>
        <translation>اسحب مربعًا لتحريكه؛ واسحب زاويته السفلى اليمنى لتغيير حجمه.</translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation>مخطط الطابق (&amp;P)</translation>
    </message>
    <message>
        <source>Free zone</source>
        <translation>منطقة آمنة</translation>
    </message>
    <message>
        <source>Hazard&amp;s (%1)…</source>
        <translation>المخاطر (%1) (&amp;S)…</translation>
    </message>
    <message>
        <source>Hazard&amp;s…</source>
        <translation>المخاطر (&amp;S)…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>القادة</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>بلا منطقة</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Show &amp;its chart</source>
        <translation>إظهار خريطتها (&amp;I)</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation>غير المتصَل بهم</translation>
    </message>
    <message>
        <source>Why the zone is free or dangerous, e.g. the supervisor&apos;s office looks onto it</source>
        <translation>سبب كون المنطقة آمنة أو خطرة، مثل: مكتب المشرف يطل عليها</translation>
    </message>
    <message>
        <source>Why the zone is marked</source>
        <translation>سبب تعليم المنطقة</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>why?</source>
        <translation>لماذا؟</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column holds. Unmatched columns are ignored.</source>
        <translation>تحقّق مما يحتويه كل عمود. تُتجاهل الأعمدة غير المطابقة.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>تخمين</translation>
    </message>
    <message>
        <source>the mapping you used last time</source>
        <translation>الربط الذي استخدمته في المرة السابقة</translation>
    </message>
    <message>
        <source>{n} rows read; header on line {line}. Columns matched by {how}.</source>
        <translation>قُرئ {n} صف؛ الترويسة في السطر {line}. طوبقت الأعمدة حسب {how}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— لا يُستورد —</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>المتابعة في (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Help on:</source>
        <translation>المساعدة في (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات (&amp;N):</translation>
    </message>
    <message>
        <source>(the chosen offer&apos;s member)</source>
        <translation>(عضو العرض المختار)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>المساعدة في</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>مساعد</translation>
    </message>
    <message>
        <source>Match a need</source>
        <translation>مطابقة احتياج</translation>
    </message>
    <message>
        <source>No standing offer fits: ask a member directly.</source>
        <translation>لا عرض قائم يناسب: اسأل عضوًا مباشرة.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Offers that fit</source>
        <translation>العروض المناسبة</translation>
    </message>
    <message>
        <source>Offers that fit, nearest first:</source>
        <translation>العروض المناسبة، الأقرب أولًا:</translation>
    </message>
    <message>
        <source>Or a &amp;member:</source>
        <translation>أو عضو (&amp;M):</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date and time:</source>
        <translation>التاريخ والوقت (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>المكان (&amp;P):</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>تحديد موعد اجتماع</translation>
    </message>
    <message>
        <source>e.g. union hall, canteen after the late shift</source>
        <translation>مثلًا مقر النقابة، المقصف بعد الوردية المسائية</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>لم يحضر أحد</numerusform>
            <numerusform>حضر شخص واحد</numerusform>
            <numerusform>حضر شخصان</numerusform>
            <numerusform>حضر %n أشخاص</numerusform>
            <numerusform>حضر %n شخصًا</numerusform>
            <numerusform>حضر %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>حفظ المحضر (&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation>
            <numerusform>، بلا ضيوف</numerusform>
            <numerusform>، ضيف واحد</numerusform>
            <numerusform>، ضيفان</numerusform>
            <numerusform>، %n ضيوف</numerusform>
            <numerusform>، %n ضيفًا</numerusform>
            <numerusform>، %n ضيف</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>الحضور (&amp;T)…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>إضافة بند إلى جدول الأعمال (&amp;I)…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Choose a meeting, or schedule one.</source>
        <translation>اختر اجتماعًا، أو حدّد موعد اجتماع.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Motions and results</source>
        <translation>الاقتراحات والنتائج</translation>
    </message>
    <message>
        <source>Record a &amp;motion…</source>
        <translation>تسجيل اقتراح (&amp;M)…</translation>
    </message>
    <message>
        <source>Title of the agenda item:</source>
        <translation>عنوان بند جدول الأعمال:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Workplace:</source>
        <translation>مكان العمل (&amp;W):</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>(ليس في الخريطة)</translation>
    </message>
    <message>
        <source>Add a steward to the committee</source>
        <translation>إضافة ممثل نقابي إلى اللجنة</translation>
    </message>
    <message>
        <source>Areas of the scope</source>
        <translation>أقسام النطاق</translation>
    </message>
    <message>
        <source>Change a member&apos;s scope</source>
        <translation>تغيير نطاق عضو</translation>
    </message>
    <message>
        <source>May see people, notes and cases marked &amp;sensitive</source>
        <translation>يمكنه رؤية الأشخاص والملاحظات والقضايا المعلَّمة حسّاسة (&amp;S)</translation>
    </message>
    <message>
        <source>Only these &amp;areas (with all under them):</source>
        <translation>هذه الأقسام فقط (مع كل ما تحتها) (&amp;A):</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>The &amp;whole workplace</source>
        <translation>مكان العمل كله (&amp;W)</translation>
    </message>
    <message>
        <source>The steward &amp;is:</source>
        <translation>الممثل النقابي هو (&amp;I):</translation>
    </message>
    <message>
        <source>The steward in the chart</source>
        <translation>الممثل النقابي في الخريطة</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>&amp;Counted vote</source>
        <translation>تصويت بالعدّ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>مع (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>الاقتراح (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>النتيجة (&amp;R):</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(لا بند في جدول الأعمال)</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>امتناع (&amp;B):</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>ضد (&amp;G):</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>بند جدول الأعمال (&amp;I):</translation>
    </message>
    <message>
        <source>Record a motion</source>
        <translation>تسجيل اقتراح</translation>
    </message>
    <message>
        <source>The motion as put to the meeting</source>
        <translation>الاقتراح كما طُرح على الاجتماع</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>التصويت:</translation>
    </message>
</context>
<context>
    <name>MutualAidPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> بكلمة مرور (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>إغلاق (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>تأكيد (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log an incident…</source>
        <translation>تسجيل حادثة (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>مطابقة (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>الاحتياجات (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>العروض (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>المكان (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Plan a check-in…</source>
        <translation>تخطيط زيارة متابعة (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>قيد (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print for a lawyer…</source>
        <translation>طباعة للمحامي (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Record exchange…</source>
        <translation>تسجيل تبادل (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Retaliation log</source>
        <translation>سجل الانتقام (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>كشف الحساب (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Time bank</source>
        <translation>بنك الوقت (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>سحب (&amp;W)</translation>
    </message>
    <message>
        <source>: nobody has called yet.</source>
        <translation>: لم يتصل أحد بعد.</translation>
    </message>
    <message>
        <source>Add a workplace or a neighbourhood on the Map page.</source>
        <translation>أضف مكان عمل أو حيًّا في صفحة الخريطة.</translation>
    </message>
    <message>
        <source>An hour is an hour; accounts may go {floor} below zero.</source>
        <translation>الساعة ساعة؛ ويمكن أن تنزل الحسابات {floor} تحت الصفر.</translation>
    </message>
    <message>
        <source>Asks and offers &amp;sheet…</source>
        <translation>ورقة الطلبات والعروض (&amp;S)…</translation>
    </message>
    <message>
        <source>Balance {b} · in {i} · out {o}</source>
        <translation>الرصيد {b} · وارد {i} · صادر {o}</translation>
    </message>
    <message>
        <source>Chec&amp;k-ins</source>
        <translation>زيارات المتابعة (&amp;K)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>زيارات المتابعة</translation>
    </message>
    <message>
        <source>Choose a member&apos;s account first.</source>
        <translation>اختر حساب عضو أولًا.</translation>
    </message>
    <message>
        <source>Choose a place first (add one on the Map page).</source>
        <translation>اختر مكانًا أولًا (أضف واحدًا في صفحة الخريطة).</translation>
    </message>
    <message>
        <source>Choose a place first.</source>
        <translation>اختر مكانًا أولًا.</translation>
    </message>
    <message>
        <source>Choose an exchange in the list.</source>
        <translation>اختر تبادلًا من القائمة.</translation>
    </message>
    <message>
        <source>Choose the member to check on.</source>
        <translation>اختر العضو المراد متابعته.</translation>
    </message>
    <message>
        <source>Choose who gave the hours and who received them.</source>
        <translation>اختر من أعطى الساعات ومن تلقّاها.</translation>
    </message>
    <message>
        <source>Close &amp;account</source>
        <translation>إغلاق الحساب (&amp;A)</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>إغلاق الحساب</translation>
    </message>
    <message>
        <source>E&amp;xport needs and offers…</source>
        <translation>تصدير الاحتياجات والعروض (&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير (&amp;X)…</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>التبادلات</translation>
    </message>
    <message>
        <source>Export &amp;sensitive incidents too (each one is sensitive unless said otherwise)</source>
        <translation>تصدير الحوادث الحسّاسة أيضًا (كل حادثة حسّاسة ما لم يُذكر خلاف ذلك) (&amp;S)</translation>
    </message>
    <message>
        <source>Export needs and offers</source>
        <translation>تصدير الاحتياجات والعروض</translation>
    </message>
    <message>
        <source>Export the retaliation log</source>
        <translation>تصدير سجل الانتقام</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>الأرقام (&amp;I)</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>الصندوق (&amp;U)</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>أُنجزت المتابعة (&amp;D)</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Fund entries</source>
        <translation>قيود الصندوق</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>الصندوق:</translation>
    </message>
    <message>
        <source>Incidents are evidence for a lawyer or a tribunal: date, what happened, who from management, and the coworkers who saw it.</source>
        <translation>الحوادث أدلة لمحامٍ أو لمحكمة: التاريخ، وما حدث، ومن الإدارة، والزملاء الذين شهدوه.</translation>
    </message>
    <message>
        <source>Matc&amp;hes</source>
        <translation>المطابقات (&amp;H)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>المطابقات</translation>
    </message>
    <message>
        <source>Mutual aid figures</source>
        <translation>أرقام التعاضد</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>اسم الصندوق:</translation>
    </message>
    <message>
        <source>Name of the time bank:</source>
        <translation>اسم بنك الوقت:</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Needs raised, needs met within a week of being raised, people who helped and the fund&apos;s grants, per {area} and month; the rows marked &quot;Whole place&quot; add money in and out of the fund.</source>
        <translation>الاحتياجات المرفوعة، والاحتياجات الملبّاة خلال أسبوع من رفعها، والأشخاص الذين ساعدوا، ومنح الصندوق، لكل {area} وشهر؛ والصفوف المعلَّمة &quot;المكان كله&quot; تضيف الوارد إلى الصندوق والصادر منه.</translation>
    </message>
    <message>
        <source>New &amp;fund…</source>
        <translation>صندوق جديد (&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>احتياج جديد (&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>عرض جديد (&amp;O)…</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>صندوق جديد</translation>
    </message>
    <message>
        <source>New time &amp;bank…</source>
        <translation>بنك وقت جديد (&amp;B)…</translation>
    </message>
    <message>
        <source>New time bank</source>
        <translation>بنك وقت جديد</translation>
    </message>
    <message>
        <source>No fund yet: open one with New fund.</source>
        <translation>لا صندوق بعد: افتح واحدًا بـ &quot;صندوق جديد&quot;.</translation>
    </message>
    <message>
        <source>No time bank yet: open one with New time bank.</source>
        <translation>لا بنك وقت بعد: افتح واحدًا بـ &quot;بنك وقت جديد&quot;.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>فتح الشخص (&amp;P)</translation>
    </message>
    <message>
        <source>Open a fund first (New fund).</source>
        <translation>افتح صندوقًا أولًا (صندوق جديد).</translation>
    </message>
    <message>
        <source>Open a time bank first (New time bank).</source>
        <translation>افتح بنك وقت أولًا (بنك وقت جديد).</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Print &amp;names (only of members who agreed)</source>
        <translation>طباعة الأسماء (لمن وافق من الأعضاء فقط) (&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>عكس (&amp;V)</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>تسجيل النتيجة (&amp;O)…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Retaliation log</source>
        <translation>سجل الانتقام</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>عكس قيد</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Saved {path}{how}. It carries {what}.</source>
        <translation>حُفظ {path}{how}. يحمل {what}.</translation>
    </message>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>إظهار المنجزة أيضًا (&amp;D)</translation>
    </message>
    <message>
        <source>The member left? Their account takes no new exchanges; its history is kept.</source>
        <translation>غادر العضو؟ حسابه لا يقبل تبادلات جديدة؛ وتاريخه محفوظ.</translation>
    </message>
    <message>
        <source>The retaliation log names members and witnesses: it is saved only with a password (AES-256). Give the password to the lawyer separately.</source>
        <translation>سجل الانتقام يسمّي أعضاء وشهودًا: لا يُحفظ إلا بكلمة مرور (AES-256). أعطِ كلمة المرور للمحامي على حدة.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Time bank</source>
        <translation>بنك الوقت</translation>
    </message>
    <message>
        <source>Time bank:</source>
        <translation>بنك الوقت:</translation>
    </message>
    <message>
        <source>Time-bank accounts</source>
        <translation>حسابات بنك الوقت</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>لماذا يُصحَّح؟</translation>
    </message>
    <message>
        <source>Witnesses: {w}</source>
        <translation>الشهود: {w}</translation>
    </message>
    <message>
        <source>Wrote {rows} to {path}.</source>
        <translation>كُتب {rows} في {path}.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation>زيارة متابعة متأخرة</translation>
    </message>
    <message>
        <source>check-ins overdue</source>
        <translation>زيارات متابعة متأخرة</translation>
    </message>
    <message>
        <source>no names: only what members agreed the assembly may see</source>
        <translation>بلا أسماء: فقط ما وافق الأعضاء على أن تراه الجمعية</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>احتياج مفتوح</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>احتياجات مفتوحة</translation>
    </message>
    <message>
        <source>row</source>
        <translation>صف</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>صفوف</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>عرض قائم</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>عروض قائمة</translation>
    </message>
    <message>
        <source>street or area</source>
        <translation>الشارع أو المنطقة</translation>
    </message>
    <message>
        <source>the member&apos;s name and the names of those they exchanged hours with</source>
        <translation>اسم العضو وأسماء من تبادل معهم الساعات</translation>
    </message>
    <message>
        <source>the names of members targeted and of witnesses</source>
        <translation>أسماء الأعضاء المستهدفين والشهود</translation>
    </message>
    <message>
        <source>the names of members who agreed to be named</source>
        <translation>أسماء الأعضاء الذين وافقوا على أن يُسمَّوا</translation>
    </message>
    <message>
        <source>{kind} for {who}: {what}</source>
        <translation>{kind} لـ {who}: {what}</translation>
    </message>
</context>
<context>
    <name>NeedOfferForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>العضو (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>اطّلع عليه (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>الإلحاح (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>أين (&amp;W):</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(لم يُسمَّ أحد)</translation>
    </message>
    <message>
        <source>(the member&apos;s area)</source>
        <translation>(قسم العضو)</translation>
    </message>
    <message>
        <source>Anonymous to the committee (nobody named at all)</source>
        <translation>مجهول للجنة (لا يُسمّى أحد إطلاقًا)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>متاح من (&amp;F):</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>متاح حتى (&amp;U):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Needed &amp;by:</source>
        <translation>مطلوب قبل (&amp;B):</translation>
    </message>
    <message>
        <source>Needed &amp;from:</source>
        <translation>مطلوب من (&amp;F):</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>احتياج جديد</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>عرض جديد</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الإلحاح</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>ماذا (&amp;H):</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>المعروض</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
</context>
<context>
    <name>OpenPanel</name>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>فتح خزنة (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>الخزنات الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <source>No recent vaults on this computer yet.</source>
        <translation>لا خزنات حديثة على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>فتح المحدّدة (&amp;S)</translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .forumkit)</source>
        <translation>فتح خزنة (مجلد ينتهي بـ .forumkit)</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <source>&amp;Done on:</source>
        <translation>أُنجز في (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>النتيجة (&amp;O):</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>أُنجز في</translation>
    </message>
    <message>
        <source>How did the check-in go?</source>
        <translation>كيف جرت زيارة المتابعة؟</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات (&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;lose with this outcome</source>
        <translation>إغلاق بهذه النتيجة (&amp;L)</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>أُغلق.</translation>
    </message>
    <message>
        <source>Closed: {o} {d}</source>
        <translation>مغلق: {o} {d}</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>التاريخ (&amp;E):</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>النتيجة (&amp;U):</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>إعادة فتح (&amp;O)</translation>
    </message>
    <message>
        <source>Reopened; its deadlines count again.</source>
        <translation>أُعيد فتحه؛ مهله تُحتسب من جديد.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>&amp;Forum:</source>
        <translation>المنتدى (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;hart sheets:</source>
        <translation>أوراق الخريطة (&amp;H):</translation>
    </message>
    <message>
        <source>Chart sheets</source>
        <translation>أوراق الخريطة</translation>
    </message>
    <message>
        <source>Chart sheets show:</source>
        <translation>تعرض أوراق الخريطة:</translation>
    </message>
    <message>
        <source>Council &amp;meetings:</source>
        <translation>اجتماعات المجلس (&amp;M):</translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation>اجتماعات المجلس</translation>
    </message>
    <message>
        <source>Default: the forum&apos;s name</source>
        <translation>الافتراضي: اسم المنتدى</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>الأرقام حتى تاريخ (&amp;A):</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>الورق (&amp;E):</translation>
    </message>
    <message>
        <source>items: tick at least one council meeting or one chart sheet.</source>
        <translation>العناصر: حدّد اجتماع مجلس واحدًا أو ورقة خريطة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Again</source>
        <translation>مرة أخرى (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>عبارة المرور الحالية (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور الجديدة (&amp;N)</translation>
    </message>
    <message>
        <source>Again: the two new passphrases differ. Type the same one twice.</source>
        <translation>مرة أخرى: عبارتا المرور الجديدتان مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>Backup files you wrote elsewhere still open with the old passphrase: delete them, or keep them as safe as it.</source>
        <translation>ملفات النسخ الاحتياطي التي كتبتها في أماكن أخرى ما زالت تُفتح بعبارة المرور القديمة: احذفها، أو احفظها بالعناية نفسها.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Deriving the new key… about a second.</source>
        <translation>جارٍ اشتقاق المفتاح الجديد… نحو ثانية.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>إنشاء مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one. Choose another.</source>
        <translation>عبارة المرور الجديدة: هي نفسها الحالية. اختر غيرها.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {n} characters.</source>
        <translation>عبارة المرور الجديدة: استخدم {n} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>تعيين عبارة مرور جديدة</translation>
    </message>
    <message numerus="yes">
        <source>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation>
            <numerusform>النسخ الاحتياطية التلقائية (%n)، التي ما زالت بعبارة المرور القديمة، تُستبدل بنسخة تُنشأ الآن. {elsewhere}</numerusform>
            <numerusform>النسخة الاحتياطية التلقائية، التي ما زالت بعبارة المرور القديمة، تُستبدل بنسخة تُنشأ الآن. {elsewhere}</numerusform>
            <numerusform>النسختان الاحتياطيتان التلقائيتان، اللتان ما زالتا بعبارة المرور القديمة، تُستبدلان بنسخة تُنشأ الآن. {elsewhere}</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية (%n)، التي ما زالت بعبارة المرور القديمة، تُستبدل بنسخة تُنشأ الآن. {elsewhere}</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية (%n)، التي ما زالت بعبارة المرور القديمة، تُستبدل بنسخة تُنشأ الآن. {elsewhere}</numerusform>
            <numerusform>النسخ الاحتياطية التلقائية (%n)، التي ما زالت بعبارة المرور القديمة، تُستبدل بنسخة تُنشأ الآن. {elsewhere}</numerusform>
        </translation>
    </message>
    <message>
        <source>The automatic backups could not be renewed ({message}): those in the vault&apos;s backups folder still open with the old passphrase. {elsewhere}</source>
        <translation>تعذّر تجديد النسخ الاحتياطية التلقائية ({message}): ما في مجلد النسخ الاحتياطية للخزنة ما زال يُفتح بعبارة المرور القديمة. {elsewhere}</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation>عبارة المرور الحالية خاطئة. لم يتغيّر شيء؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>The new one is shown once: write it down or print it.</source>
        <translation>يظهر المفتاح الجديد مرة واحدة: دوّنه أو اطبعه.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (unexpected {kind}). Nothing was changed.</source>
        <translation>تعذّر تغيير عبارة المرور (خطأ غير متوقع {kind}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The passphrase is changed. </source>
        <translation>تغيّرت عبارة المرور. </translation>
    </message>
    <message>
        <source>The recovery key was not accepted. Nothing was changed.</source>
        <translation>لم يُقبل مفتاح الاسترداد. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The recovery key you have now stops working at once.</source>
        <translation>يتوقّف مفتاح الاسترداد الذي لديك الآن عن العمل فورًا.</translation>
    </message>
    <message>
        <source>The vault&apos;s data is not re-encrypted: only the passphrase that unlocks it changes. Backups made before today still open with the old passphrase.</source>
        <translation>لا يُعاد تشفير بيانات الخزنة: تتغيّر فقط عبارة المرور التي تفتحها. النسخ الاحتياطية المأخوذة قبل اليوم ما زالت تُفتح بعبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>You unlocked the vault with its recovery key. Set a new passphrase now, so that you can open it without the key next time. The recovery key keeps working.</source>
        <translation>فتحت الخزنة بمفتاح استردادها. عيّن عبارة مرور جديدة الآن، لتتمكّن من فتحها دون المفتاح في المرة القادمة. يبقى مفتاح الاسترداد صالحًا.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>مجددًا (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>الحماية بكلمة مرور</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>معاينة المستند</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>تظهر المعاينة هنا.</translation>
    </message>
</context>
<context>
    <name>PdfSave</name>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>يستطيع أي شخص يحصل على الملف قراءته.</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>أتريد حفظ ملف PDF يحتوي {what} دون كلمة مرور؟</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>حدّد «الحماية بكلمة مرور» لتشفيره.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>حذف الشخص (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>تسجيل محادثة (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>شخص جديد (&amp;N)</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page first.</source>
        <translation>أضف مكان عمل في صفحة الخريطة أولًا.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>Any assessment</source>
        <translation>أي تقييم</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation>تصفية الأقسام</translation>
    </message>
    <message>
        <source>Assessment filter</source>
        <translation>تصفية التقييم</translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation>تصفية اللجنة</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>تصفية اللغة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Search names, jobs, notes…</source>
        <translation>الأسماء، الوظائف، الملاحظات…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Stale filter</source>
        <translation>تصفية التقييمات القديمة</translation>
    </message>
    <message>
        <source>The person you were editing was deleted while the vault was locked; your unsaved changes were dropped.</source>
        <translation>حُذف الشخص الذي كنت تحرّره أثناء قفل الخزنة؛ فأُسقطت تغييراتك غير المحفوظة.</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <source>their assessment history</source>
        <translation>سجل تقييماته</translation>
    </message>
    <message>
        <source>their conversations and ties</source>
        <translation>محادثاته وصلاته</translation>
    </message>
    <message>
        <source>their details and notes</source>
        <translation>بياناته وملاحظاته</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>هذا الشخص</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>leader</source>
        <translation>قائد</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>غير متصَل به</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>اختر شخصًا</translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation>جزء من اسم</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet. It will arrive in a later version; nothing here is stored or shown from your vault.</source>
        <translation>هذه الصفحة لم تُبنَ بعد. ستأتي في إصدار لاحق؛ لا شيء هنا يُحفظ أو يُعرض من خزنتك.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>It adds: {fields}.</source>
        <translation>يضيف: {fields}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>التحقق قبل الاستيراد</translation>
    </message>
    <message>
        <source>Checking {n} rows… nothing is written yet.</source>
        <translation>جارٍ فحص {n} صف… لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected (and unsettled) ones</source>
        <translation>استيراد الصفوف السليمة وتخطّي المرفوضة (وغير المحسومة)</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed. Go back and check the file and columns.</source>
        <translation>فشل التشغيل التجريبي؛ لم يتغيّر شيء. ارجع وتحقّق من الملف والأعمدة.</translation>
    </message>
    <message>
        <source>These rows are a person an earlier row names, but say something else. Choose which values to keep, or that they are two people:</source>
        <translation>هذه الصفوف تخص شخصًا يذكره صف سابق، لكنها تقول شيئًا آخر. اختر القيم التي تحتفظ بها، أو أنهما شخصان:</translation>
    </message>
    <message>
        <source>{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; {merged} merged into an earlier row of the same person, {conflicts} to choose.</source>
        <translation>{add} للإضافة، {upd} للتحديث، {same} بلا تغيير، {rej} مرفوضة؛ {areas} أقسام جديدة؛ {merged} مدموجة في صف سابق للشخص نفسه، {conflicts} للاختيار.</translation>
    </message>
</context>
<context>
    <name>ProvenanceLabel</name>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall &amp;motion:</source>
        <translation>اقتراح سحب التفويض (&amp;M):</translation>
    </message>
    <message>
        <source>Recall the delegate</source>
        <translation>سحب تفويض المندوب</translation>
    </message>
    <message>
        <source>Term &amp;ends on:</source>
        <translation>تنتهي الولاية في (&amp;E):</translation>
    </message>
    <message>
        <source>That recall motion was not carried, so it cannot end the term: choose a carried recall motion.</source>
        <translation>لم يُقرّ اقتراح سحب التفويض ذلك، فلا يمكنه إنهاء الولاية: اختر اقتراح سحب تفويض أُقرّ.</translation>
    </message>
    <message>
        <source>The recall date is before the delegate&apos;s term started ({day}).</source>
        <translation>تاريخ سحب التفويض يسبق بدء ولاية المندوب ({day}).</translation>
    </message>
    <message>
        <source>The recall date is before the meeting that voted the recall ({day}): choose that day or a later one.</source>
        <translation>تاريخ سحب التفويض يسبق الاجتماع الذي صوّت على سحب التفويض ({day}): اختر ذلك اليوم أو يومًا لاحقًا.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Forum Kit recovery key

Vault: {vault_name}

{recovery_key}

Keep this page somewhere safe and away from the computer. Anyone holding it and the vault folder can open the vault.</source>
        <translation>مفتاح استرداد Forum Kit

الخزنة: {vault_name}

{recovery_key}

احفظ هذه الورقة في مكان آمن بعيدًا عن الحاسوب. من يملكها ويملك مجلد الخزنة يستطيع فتح الخزنة.</translation>
    </message>
    <message>
        <source>Save the recovery key page</source>
        <translation>حفظ ورقة مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy the key</source>
        <translation>نسخ المفتاح (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Copied. Paste it where you will write it down: the clipboard is cleared in 30 seconds.</source>
        <translation>نُسخ. الصقه حيث ستدوّنه: تُمسح الحافظة بعد 30 ثانية.</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>دوّنته أو طبعته (&amp;W)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so nothing was printed. Save the page as a PDF to print it elsewhere, or copy the key and write it down.</source>
        <translation>لا توجد طابعة معدّة على هذا الحاسوب، فلم يُطبع شيء. احفظ الصفحة بصيغة PDF لطباعتها في مكان آخر، أو انسخ المفتاح ودوّنه.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>لم تُطبع.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Saved as a PDF. The file holds the key unencrypted: print it, then delete it (and empty the bin).</source>
        <translation>حُفظت بصيغة PDF. يحتوي الملف المفتاح غير مشفّر: اطبعه ثم احذفه (وأفرغ سلة المهملات).</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out, and keep it safe, before you tick the box.</source>
        <translation>أُرسلت إلى الطابعة. تحقّق من خروج الورقة واحفظها بأمان قبل تحديد المربع.</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>تعذّرت كتابة ملف PDF هناك. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The printer reported an error: the page may not have printed. Check the printer, or save the page as a PDF.</source>
        <translation>أبلغت الطابعة عن خطأ: ربما لم تُطبع الورقة. تحقّق من الطابعة، أو احفظ الورقة بصيغة PDF.</translation>
    </message>
    <message>
        <source>This recovery key opens the vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from the computer.</source>
        <translation>يفتح مفتاح الاسترداد هذا الخزنة إن نسيت عبارة المرور. لا يظهر إلا الآن. دوّنه أو اطبعه، واحفظه بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
</context>
<context>
    <name>ReportBackModel</name>
    <message>
        <source>{vote} (not as mandated)</source>
        <translation>{vote} (خلافًا للتفويض)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Delegate:</source>
        <translation>المندوب (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>التفويض (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>النتيجة (&amp;O):</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <source>Report back on the mandate</source>
        <translation>تقرير إلى القاعدة عن التفويض</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation>قُدّم التقرير في (&amp;O):</translation>
    </message>
    <message>
        <source>The delegate&apos;s notes (stay in this vault)</source>
        <translation>ملاحظات المندوب (تبقى في هذه الخزنة)</translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation>ما قرّره المجلس</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source> (needs change {n})</source>
        <translation> (يحتاج التغيير {n})</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>قبول (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>رفض (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep yours</source>
        <translation>إبقاء ما لديك (&amp;K)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>قبول الكل (&amp;L)</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>يستطيع أي شخص يحصل على الملف قراءته.</translation>
    </message>
    <message>
        <source>Appl&amp;y decisions</source>
        <translation>تطبيق القرارات (&amp;Y)</translation>
    </message>
    <message>
        <source>Change {n} cannot be applied: {why}. Decline it.</source>
        <translation>لا يمكن تطبيق التغيير {n}: {why}. ارفضه.</translation>
    </message>
    <message>
        <source>Change {n} needs change {m}, which you declined.</source>
        <translation>يحتاج التغيير {n} إلى التغيير {m}، وقد رفضته.</translation>
    </message>
    <message>
        <source>Changes applied: {a}; declined: {d}. Declined changes go back to the steward, marked declined, in their next copy.</source>
        <translation>التغييرات المطبّقة: {a}؛ المرفوضة: {d}. تعود التغييرات المرفوضة إلى الممثل النقابي، معلَّمة بالرفض، في نسخته التالية.</translation>
    </message>
    <message>
        <source>Changes in the report</source>
        <translation>التغييرات في التقرير</translation>
    </message>
    <message>
        <source>Decide every change first ({n} left).</source>
        <translation>قرّر في كل تغيير أولًا (بقي {n}).</translation>
    </message>
    <message>
        <source>Decline all</source>
        <translation>رفض الكل</translation>
    </message>
    <message>
        <source>Every change with its state, the three values and your decisions so far, on paper for the committee meeting</source>
        <translation>كل تغيير بحالته والقيم الثلاث وقراراتك حتى الآن، على الورق لاجتماع اللجنة</translation>
    </message>
    <message>
        <source>Report from {steward}, written {written}. Changes: {n}; conflicts: {conflicts}. Nothing is written until you apply your decisions.</source>
        <translation>تقرير من {steward}، كُتب في {written}. التغييرات: {n}؛ التعارضات: {conflicts}. لا يُكتب شيء حتى تطبّق قراراتك.</translation>
    </message>
    <message>
        <source>Review a field report</source>
        <translation>مراجعة تقرير ميداني</translation>
    </message>
    <message>
        <source>Review sheet saved: {path}</source>
        <translation>حُفظت ورقة المراجعة: {path}</translation>
    </message>
    <message>
        <source>Save a PDF with coworkers&apos; full names without a password?</source>
        <translation>حفظ ملف PDF فيه الأسماء الكاملة للزملاء بلا كلمة مرور؟</translation>
    </message>
    <message>
        <source>Save review &amp;sheet (PDF)…</source>
        <translation>حفظ ورقة المراجعة (PDF) (&amp;S)…</translation>
    </message>
    <message>
        <source>Saving the review sheet…</source>
        <translation>جارٍ حفظ ورقة المراجعة…</translation>
    </message>
    <message>
        <source>Take the &amp;steward&apos;s</source>
        <translation>أخذ ما لدى الممثل (&amp;S)</translation>
    </message>
    <message>
        <source>The review sheet could not be saved. Check the folder and try again.</source>
        <translation>تعذّر حفظ ورقة المراجعة. تحقّق من المجلد وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Values of the change</source>
        <translation>قيم التغيير</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped.</source>
        <translation>الاستيراد: أُضيف {add}، وحُدّث {upd}، ودُمج {merged}، وتُخطّي {skip}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Importing… the vault changes only when all rows are in.</source>
        <translation>جارٍ الاستيراد… لا تتغيّر الخزنة إلا بعد إدخال كل الصفوف.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation>فشل الاستيراد ولم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>%1 to %2 levels, strongest support at the top; ticked levels count as support (now: %3). Taking a level off the scale never changes its history: it reads as the level you choose.</source>
        <translation>من %1 إلى %2 مستويات، وأقوى دعم في الأعلى؛ المستويات المؤشَّر عليها تُحسب دعمًا (الآن: %3). إزالة مستوى من السلّم لا تغيّر تاريخه أبدًا: يُقرأ كالمستوى الذي تختاره.</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>إضافة مستوى (&amp;A)</translation>
    </message>
    <message>
        <source>1 is the strongest opposition</source>
        <translation>1 هو أقوى معارضة</translation>
    </message>
    <message>
        <source>1 is the strongest support</source>
        <translation>1 هو أقوى دعم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Counts as support</source>
        <translation>يُحسب دعمًا</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Label of level %1</source>
        <translation>تسمية المستوى %1</translation>
    </message>
    <message>
        <source>Label of unassessed</source>
        <translation>تسمية غير المقيَّم</translation>
    </message>
    <message>
        <source>Meaning of level %1</source>
        <translation>معنى المستوى %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>الأرقام (&amp;U):</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>مستوى جديد</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>الترقيم</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>What %1 reads as</source>
        <translation>ما يُقرأ به %1</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ما يعنيه</translation>
    </message>
    <message>
        <source>its history reads as</source>
        <translation>يُقرأ تاريخه كـ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches. Search looks at names, job titles, shifts, languages, notes, conversations, grievances and areas. Case and accents do not matter, and names can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.</source>
        <translation>لا نتائج. يبحث البحث في الأسماء والمسمّيات الوظيفية والورديات واللغات والملاحظات والمحادثات والتظلّمات والأقسام. لا تهمّ حالة الأحرف ولا علامات التشكيل، ويمكن كتابة الأسماء بحروف بسيطة: lukasz يجد Łukasz، وstrasse يجد Straße، وivan يجد Иван.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search is not available in this version yet.</source>
        <translation>البحث غير متاح في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Still indexing the copy&apos;s one-on-one notes: some conversations may be missing. Search again in a moment.</source>
        <translation>ما زالت ملاحظات المحادثات الفردية في النسخة قيد الفهرسة: قد تنقص بعض المحادثات. أعد البحث بعد قليل.</translation>
    </message>
    <message>
        <source>Type in the search box and press Enter.</source>
        <translation>اكتب في مربع البحث واضغط Enter.</translation>
    </message>
    <message>
        <source>{n} found. Press Enter or double-click to open one.</source>
        <translation>النتائج: {n}. اضغط Enter أو انقر نقرًا مزدوجًا لفتح إحداها.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>%n checks failed: reinstall Forum Kit.</source>
        <translation>
            <numerusform>الفحوص التي فشلت: %n؛ أعد تثبيت Forum Kit.</numerusform>
            <numerusform>فشل فحص واحد؛ أعد تثبيت Forum Kit.</numerusform>
            <numerusform>فشل فحصان؛ أعد تثبيت Forum Kit.</numerusform>
            <numerusform>فشلت %n فحوص؛ أعد تثبيت Forum Kit.</numerusform>
            <numerusform>الفحوص التي فشلت: %n؛ أعد تثبيت Forum Kit.</numerusform>
            <numerusform>الفحوص التي فشلت: %n؛ أعد تثبيت Forum Kit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>كل ما يلزم موجود في مكانه.</translation>
    </message>
    <message>
        <source>Forum Kit self-check (Qt platform: {platform})</source>
        <translation>الفحص الذاتي لـ Forum Kit (منصة Qt: {platform})</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>memory after a lock</source>
        <translation>الذاكرة بعد القفل</translation>
    </message>
    <message>
        <source>no application icon in the resources folder</source>
        <translation>لا توجد أيقونة للتطبيق في مجلد الموارد</translation>
    </message>
    <message>
        <source>no licence texts in the resources folder</source>
        <translation>لا توجد نصوص تراخيص في مجلد الموارد</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>program files</source>
        <translation>ملفات البرنامج</translation>
    </message>
    <message>
        <source>vault schema</source>
        <translation>مخطط الخزنة</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting &apos;{key}&apos; must be a {name}.</source>
        <translation>يجب أن يكون الإعداد «{key}» من النوع {name}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at least {minimum}.</source>
        <translation>يجب ألا يقل الإعداد «{key}» عن {minimum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at most {maximum}.</source>
        <translation>يجب ألا يزيد الإعداد «{key}» على {maximum}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be one of: {choices}.</source>
        <translation>يجب أن يكون الإعداد «{key}» إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; needs a value.</source>
        <translation>يحتاج الإعداد «{key}» إلى قيمة.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>إعداد غير معروف «{key}».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>القفل بعد الخمول (بالدقائق) (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>لا أحد (&amp;N)</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(لم يُختر أحد)</translation>
    </message>
    <message>
        <source>(none: ask each time)</source>
        <translation>(لا شيء: السؤال في كل مرة)</translation>
    </message>
    <message>
        <source>A new language applies the next time Forum Kit starts.</source>
        <translation>تُطبَّق اللغة الجديدة في المرة التالية التي يبدأ فيها Forum Kit.</translation>
    </message>
    <message>
        <source>Assessment is &amp;stale after (days)</source>
        <translation>يصبح التقييم قديمًا بعد (أيام) (&amp;S)</translation>
    </message>
    <message>
        <source>Assessment scale</source>
        <translation>سلّم التقييم</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every (hours)</source>
        <translation>نسخ احتياطي تلقائي كل (ساعات) (&amp;B)</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept</source>
        <translation>النسخ الاحتياطية التلقائية المحفوظة (&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار (&amp;H)…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>تغيير عبارة المرور (&amp;P)…</translation>
    </message>
    <message>
        <source>Deadline is &amp;due soon within (working days)</source>
        <translation>تُعدّ المهلة قريبة الاستحقاق خلال (أيام عمل) (&amp;D)</translation>
    </message>
    <message>
        <source>Default &amp;workplace</source>
        <translation>مكان العمل الافتراضي (&amp;W)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>اللغة (&amp;G)</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>إنشاء مفتاح استرداد جديد (&amp;R)…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>افتراضي النظام ({language})</translation>
    </message>
    <message>
        <source>The person in this vault who uses it: preselected as who talked in a one-on-one, and recorded as who made an assessment.</source>
        <translation>الشخص في هذه الخزنة الذي يستخدمها: يُختار مسبقًا بصفته من تحدّث في المحادثة الفردية، ويُسجَّل بصفته من أجرى التقييم.</translation>
    </message>
    <message>
        <source>The scale cannot be edited yet.</source>
        <translation>لا يمكن تحرير السلّم بعد.</translation>
    </message>
    <message>
        <source>Vault and me</source>
        <translation>الخزنة وأنا</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>إعداد غير معروف «{key}».</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>at least {n}</source>
        <translation>{n} على الأقل</translation>
    </message>
    <message>
        <source>fewer than {n}</source>
        <translation>أقل من {n}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>A&amp;ppeal to next step…</source>
        <translation>الاستئناف إلى المرحلة التالية (&amp;P)…</translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation>إضافة تمديد (&amp;X)…</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>قُدِّم الاستئناف في:</translation>
    </message>
    <message>
        <source>Appeal to the next step</source>
        <translation>الاستئناف إلى المرحلة التالية</translation>
    </message>
    <message>
        <source>Appealed; deadlines recomputed from the contract.</source>
        <translation>تم الاستئناف؛ أُعيد حساب المهل وفق الاتفاقية الجماعية.</translation>
    </message>
    <message>
        <source>Current step: {step} (contract: {contract})</source>
        <translation>المرحلة الحالية: {step} (الاتفاقية: {contract})</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Employer&apos;s answer deadline</source>
        <translation>مهلة رد صاحب العمل</translation>
    </message>
    <message>
        <source>Extension recorded; the deadline moved.</source>
        <translation>سُجّل التمديد؛ تغيّرت المهلة.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>التمديدات</translation>
    </message>
    <message>
        <source>Filing / appeal deadline</source>
        <translation>مهلة التقديم / الاستئناف</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>المهل المفتوحة</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>تسجيل الرد (&amp;A)…</translation>
    </message>
    <message>
        <source>Record &amp;filing…</source>
        <translation>تسجيل التقديم (&amp;F)…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>تسجيل الرد</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>تسجيل التقديم</translation>
    </message>
    <message>
        <source>Recorded; deadlines recomputed.</source>
        <translation>سُجّل؛ أُعيد حساب المهل.</translation>
    </message>
    <message>
        <source>Step history</source>
        <translation>سجل المراحل</translation>
    </message>
    <message>
        <source>Written extensions</source>
        <translation>تمديدات مكتوبة</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It contains common words, keyboard runs or repeated characters.</source>
        <translation>تحتوي كلمات شائعة أو تسلسلات من لوحة المفاتيح أو محارف مكرّرة.</translation>
    </message>
    <message>
        <source>It uses only a few different characters.</source>
        <translation>تستخدم عددًا قليلًا من المحارف المختلفة.</translation>
    </message>
    <message>
        <source>Long and varied.</source>
        <translation>طويلة ومتنوّعة.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>قصيرة جدًا: استخدم {n} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>اكتب عبارة مرور.</translation>
    </message>
    <message>
        <source>Use several unrelated words, or mix letters, digits and symbols.</source>
        <translation>استخدم عدة كلمات غير مترابطة، أو امزج الحروف والأرقام والرموز.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>استخدم 12 حرفًا على الأقل؛ أربع كلمات غير مترابطة أو أكثر سهلة التذكّر وصعبة التخمين.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation>
            <numerusform>لا كلمات غير مترابطة؛ كل كلمة إضافية تجعلها أقوى بكثير.</numerusform>
            <numerusform>كلمة واحدة غير مترابطة؛ كل كلمة إضافية تجعلها أقوى بكثير.</numerusform>
            <numerusform>كلمتان غير مترابطتين؛ كل كلمة إضافية تجعلها أقوى بكثير.</numerusform>
            <numerusform>%n كلمات غير مترابطة؛ كل كلمة إضافية تجعلها أقوى بكثير.</numerusform>
            <numerusform>%n كلمة غير مترابطة؛ كل كلمة إضافية تجعلها أقوى بكثير.</numerusform>
            <numerusform>%n كلمة غير مترابطة؛ كل كلمة إضافية تجعلها أقوى بكثير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureTestDialog</name>
    <message>
        <source>Structure tests</source>
        <translation>اختبارات البنية</translation>
    </message>
</context>
<context>
    <name>StructureTestLists</name>
    <message>
        <source>below</source>
        <translation>دون العتبة</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>يبلغها</translation>
    </message>
</context>
<context>
    <name>StructureTestPanel</name>
    <message>
        <source>&amp;Create test</source>
        <translation>إنشاء اختبار (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>ينتهي (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>يبدأ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>Area to record</source>
        <translation>القسم المراد تسجيله</translation>
    </message>
    <message>
        <source>Create a test to start recording.</source>
        <translation>أنشئ اختبارًا لبدء التسجيل.</translation>
    </message>
    <message>
        <source>Keys: P participated · A asked · R refused (moves to the next person).</source>
        <translation>المفاتيح: P شارك · A طُلب منه · R رفض (ينتقل إلى الشخص التالي).</translation>
    </message>
    <message>
        <source>New structure test</source>
        <translation>اختبار بنية جديد</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>الأشخاص الذين طُلب منهم</translation>
    </message>
    <message>
        <source>Record in &amp;area:</source>
        <translation>التسجيل في القسم (&amp;A):</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>النتائج حسب القسم</translation>
    </message>
    <message>
        <source>Structure tests</source>
        <translation>اختبارات البنية</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>العتبة (&amp;H):</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>الهدف (&amp;G):</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>الاختبارات</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>مكان العمل كله</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>دون العتبة</translation>
    </message>
    <message>
        <source>meets the threshold</source>
        <translation>يبلغ العتبة</translation>
    </message>
    <message>
        <source>{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}</source>
        <translation>{name}: شارك {p} من {n} ({pct:.0f} %)، العتبة {t} % — {verdict}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Fill in the form first.</source>
        <translation>املأ النموذج أولًا.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>, decided {how}</source>
        <translation>، بقرار {how}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source> Not saved yet.</source>
        <translation> لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>الاتفاقية الجماعية (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>إدراج حقل (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>الرسالة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Back to the &amp;default…</source>
        <translation>العودة إلى النص الافتراضي (&amp;D)…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Fields are filled from the case when a letter is made. Write {{ and }} for a brace.</source>
        <translation>تُملأ الحقول من بيانات القضية عند إعداد الرسالة. اكتب {{ و }} للحصول على قوس معقوف.</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>نص الرسالة (&amp;X):</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>قوالب الرسائل</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>الموضوع (&amp;U):</translation>
    </message>
    <message>
        <source>Saved: letters of this kind under this contract use it now.</source>
        <translation>حُفظ: رسائل هذا النوع بموجب هذه الاتفاقية الجماعية تستخدمه الآن.</translation>
    </message>
    <message>
        <source>Set up a contract first (“Contract…” on the Grievances page).</source>
        <translation>أنشئ اتفاقية جماعية أولًا («الاتفاقية الجماعية…» في صفحة التظلّمات).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>The default wording</source>
        <translation>الصياغة الافتراضية</translation>
    </message>
    <message>
        <source>This contract&apos;s own wording</source>
        <translation>صياغة هذه الاتفاقية الجماعية الخاصة</translation>
    </message>
    <message>
        <source>the default wording is used again</source>
        <translation>تُستخدم الصياغة الافتراضية مجددًا</translation>
    </message>
    <message>
        <source>the subject and text typed since the last save</source>
        <translation>الموضوع والنص المكتوبان منذ آخر حفظ</translation>
    </message>
    <message>
        <source>this contract&apos;s own wording of this letter</source>
        <translation>صياغة هذه الاتفاقية الجماعية الخاصة لهذه الرسالة</translation>
    </message>
    <message>
        <source>your changes to this template</source>
        <translation>تغييراتك على هذا القالب</translation>
    </message>
    <message>
        <source>✓ Every field is known.</source>
        <translation>✓ كل الحقول معروفة.</translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <source>Committee: </source>
        <translation>اللجنة: </translation>
    </message>
    <message>
        <source>No areas yet: add them beside the picture.</source>
        <translation>لا أقسام بعد: أضفها بجانب الصورة.</translation>
    </message>
    <message>
        <source>Organic leaders: </source>
        <translation>القادة الطبيعيون: </translation>
    </message>
    <message>
        <source>Picture of the workplace</source>
        <translation>صورة مكان العمل</translation>
    </message>
    <message>
        <source>Zone: </source>
        <translation>المنطقة: </translation>
    </message>
    <message>
        <source>blue lines: ties between areas (how many)</source>
        <translation>خطوط زرقاء: روابط بين الأقسام (كم عددها)</translation>
    </message>
    <message>
        <source>green border: free zone, red dashes: danger zone</source>
        <translation>إطار أخضر: منطقة آمنة، شرطات حمراء: منطقة خطر</translation>
    </message>
    <message>
        <source>hatched: committee below 1 in 10</source>
        <translation>مظلَّل: اللجنة أقل من 1 لكل 10</translation>
    </message>
    <message>
        <source>no one mapped</source>
        <translation>لا أحد على الخريطة</translation>
    </message>
    <message>
        <source>★ an organic leader</source>
        <translation>★ قائد طبيعي</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>&amp;Body in this vault:</source>
        <translation>الهيئة في هذه الخزنة (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>البطاقة (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>البصمة (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Is a:</source>
        <translation>النوع (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>الاسم هنا (&amp;N):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>اتركه فارغًا لاستخدام اسم البطاقة</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>الصق البطاقة: &apos;Forum Kit public key card v1&apos; …</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>الوثوق ببطاقة مفتاح</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>اكتب البصمة التي قارنتماها</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation>لا توجد ذاكرة كافية لاشتقاق المفتاح. أغلق البرامج الأخرى وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The vault could not be opened (unexpected {name}). Nothing was changed.</source>
        <translation>تعذّر فتح الخزنة (خطأ غير متوقع {name}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Wrong passphrase — try again</source>
        <translation>عبارة مرور خاطئة — أعد المحاولة</translation>
    </message>
    <message>
        <source>Wrong recovery key — try again</source>
        <translation>مفتاح استرداد خاطئ — أعد المحاولة</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>عبارة المرور (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>مفتاح الاسترداد (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح (&amp;U)</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is &apos;{p}&apos;</source>
        <translation>الخزنة التجريبية: عبارة المرور هي «{p}»</translation>
    </message>
    <message>
        <source>Deriving the key… this takes about a second.</source>
        <translation>جارٍ اشتقاق المفتاح… يستغرق ذلك نحو ثانية.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>فتح «{name}»</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>استخدام مفتاح الاسترداد بدلًا من ذلك (&amp;R)</translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>For</source>
        <comment>votes for a motion</comment>
        <translation>مع</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>&amp;Area name:</source>
        <translation>اسم القسم (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Bring in a chart…</source>
        <translation>استيراد خريطة مكان العمل (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>استمرار (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>صاحب العمل (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>حفظ ومتابعة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save the one-on-one</source>
        <translation>حفظ المحادثة الفردية (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>بدء (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>مكان العمل (&amp;W):</translation>
    </message>
    <message>
        <source>1. Your workplace</source>
        <translation>1. مكان عملك</translation>
    </message>
    <message>
        <source>2. Your first area</source>
        <translation>2. قسمك الأول</translation>
    </message>
    <message>
        <source>3. The first people</source>
        <translation>3. الأشخاص الأوائل</translation>
    </message>
    <message>
        <source>4. Your first one-on-one</source>
        <translation>4. محادثتك الفردية الأولى</translation>
    </message>
    <message>
        <source>A new workplace</source>
        <translation>مكان عمل جديد</translation>
    </message>
    <message>
        <source>A&amp;dd this person</source>
        <translation>إضافة هذا الشخص (&amp;D)</translation>
    </message>
    <message>
        <source>Add at least one person, or bring in a chart.</source>
        <translation>أضف شخصًا واحدًا على الأقل، أو استورد خريطة مكان العمل.</translation>
    </message>
    <message>
        <source>Add the coworkers you know, one by one, with their &lt;b&gt;personal&lt;/b&gt; phone (never a work one) and where you think they stand. Or bring in a chart you already keep as a spreadsheet (CSV, XLSX or ODS): the import shows every row before it writes.</source>
        <translation>أضف الزملاء الذين تعرفهم، واحدًا تلو الآخر، مع هاتفهم &lt;b&gt;الشخصي&lt;/b&gt; (لا هاتف العمل أبدًا) والموقف الذي تظن أنهم يقفونه. أو استورد خريطة تحتفظ بها أصلًا في جدول بيانات (CSV أو XLSX أو ODS): يعرض الاستيراد كل صف قبل أن يكتب شيئًا.</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>التقييم (&amp;M):</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>الخطوات الأولى</translation>
    </message>
    <message>
        <source>Four short steps set up your chart, each saved as soon as you do it:&lt;ol&gt;&lt;li&gt;your &lt;b&gt;workplace&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;area&lt;/b&gt; (a department, line, shift or ward);&lt;/li&gt;&lt;li&gt;the first &lt;b&gt;people&lt;/b&gt;, typed in or brought in from a chart you already keep;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;one-on-one&lt;/b&gt;, the AEIOU way.&lt;/li&gt;&lt;/ol&gt;Skip it whenever you like: what you saved stays. Press F1 on any page for its part of the guide.&lt;br&gt;&lt;br&gt;Before the first name: coworkers&apos; jobs can depend on this chart. Keep it on your own computer, never on the employer&apos;s, and read &lt;b&gt;Safety first&lt;/b&gt; (Help menu).</source>
        <translation>أربع خطوات قصيرة تُعدّ خريطة مكان العمل، وتُحفظ كل واحدة منها فور إنجازها:&lt;ol&gt;&lt;li&gt;&lt;b&gt;مكان عملك&lt;/b&gt;؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;قسمك&lt;/b&gt; الأول (إدارة أو خط إنتاج أو مناوبة أو جناح)؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;الأشخاص&lt;/b&gt; الأوائل، تكتبهم بنفسك أو تستوردهم من خريطة تحتفظ بها أصلًا؛&lt;/li&gt;&lt;li&gt;أول &lt;b&gt;محادثة فردية&lt;/b&gt; لك، على طريقة AEIOU.&lt;/li&gt;&lt;/ol&gt;تخطَّ الجولة متى شئت: ما حفظته يبقى. اضغط F1 في أي صفحة لفتح الجزء الخاص بها من الدليل.&lt;br&gt;&lt;br&gt;قبل أول اسم: قد تتوقف وظائف زملائك على هذه الخريطة. احتفظ بها على حاسوبك الخاص، لا على حاسوب صاحب العمل أبدًا، واقرأ &lt;b&gt;السلامة أولًا&lt;/b&gt; (قائمة مساعدة).</translation>
    </message>
    <message>
        <source>Log a conversation you had: what they are angry about (&lt;b&gt;Agitate&lt;/b&gt;), what would fix it and who decides (&lt;b&gt;Educate&lt;/b&gt;), what the boss will do next (&lt;b&gt;Inoculate&lt;/b&gt;), the &lt;b&gt;ask&lt;/b&gt; and their &lt;b&gt;answer&lt;/b&gt;, how they connect to the group (&lt;b&gt;Unite&lt;/b&gt;), and where they stand now.</source>
        <translation>سجّل محادثة أجريتها: ما الذي يغضبهم (&lt;b&gt;حرّك&lt;/b&gt;)، وما الذي يحلّ المشكلة ومن يقرّر (&lt;b&gt;ثقّف&lt;/b&gt;)، وما الذي سيفعله المدير بعد ذلك (&lt;b&gt;حصّن&lt;/b&gt;)، و&lt;b&gt;الطلب&lt;/b&gt; و&lt;b&gt;ردّهم&lt;/b&gt; عليه، وكيف يرتبطون بالمجموعة (&lt;b&gt;وحّد&lt;/b&gt;)، وأين يقفون الآن.</translation>
    </message>
    <message>
        <source>Map the workplace as its workers know it: a department, a line, a shift, a ward. Start with the area you work in; on the Map, &lt;b&gt;Add below&lt;/b&gt; goes deeper (department, then line, then shift).</source>
        <translation>ارسم مكان العمل كما يعرفه عمّاله: إدارة، خط إنتاج، مناوبة، جناح. ابدأ بالقسم الذي تعمل فيه؛ وفي الخريطة يتيح لك &lt;b&gt;إضافة تحته&lt;/b&gt; النزول إلى مستوى أعمق (الإدارة، ثم الخط، ثم المناوبة).</translation>
    </message>
    <message>
        <source>Next: map the other areas on the &lt;b&gt;Map&lt;/b&gt;, read &lt;b&gt;Safety first&lt;/b&gt; in the guide (Help), and keep talking: each one-on-one you log moves the Map&apos;s figures.</source>
        <translation>التالي: ارسم الأقسام الأخرى في &lt;b&gt;الخريطة&lt;/b&gt;، واقرأ &lt;b&gt;السلامة أولًا&lt;/b&gt; في الدليل (مساعدة)، وواصل الحديث: كل محادثة فردية تسجّلها تحرّك أرقام الخريطة.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>الهاتف (&amp;H):</translation>
    </message>
    <message>
        <source>People in this workplace</source>
        <translation>الأشخاص في مكان العمل هذا</translation>
    </message>
    <message numerus="yes">
        <source>People in this workplace so far: %n</source>
        <translation>
            <numerusform>الأشخاص في مكان العمل هذا حتى الآن: %n</numerusform>
            <numerusform>الأشخاص في مكان العمل هذا حتى الآن: %n</numerusform>
            <numerusform>الأشخاص في مكان العمل هذا حتى الآن: %n</numerusform>
            <numerusform>الأشخاص في مكان العمل هذا حتى الآن: %n</numerusform>
            <numerusform>الأشخاص في مكان العمل هذا حتى الآن: %n</numerusform>
            <numerusform>الأشخاص في مكان العمل هذا حتى الآن: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a workplace, an area, %n person(s) and a one-on-one.</source>
        <translation>
            <numerusform>حُفظ: مكان عمل، وقسم، ولا أحد من الأشخاص، ومحادثة فردية.</numerusform>
            <numerusform>حُفظ: مكان عمل، وقسم، وشخص واحد، ومحادثة فردية.</numerusform>
            <numerusform>حُفظ: مكان عمل، وقسم، وشخصان، ومحادثة فردية.</numerusform>
            <numerusform>حُفظ: مكان عمل، وقسم، و%n أشخاص، ومحادثة فردية.</numerusform>
            <numerusform>حُفظ: مكان عمل، وقسم، و%n شخصًا، ومحادثة فردية.</numerusform>
            <numerusform>حُفظ: مكان عمل، وقسم، و%n شخص، ومحادثة فردية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ski&amp;p the walk-through</source>
        <translation>تخطّي الجولة التعريفية (&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Step %n of 4</source>
        <translation>
            <numerusform>الخطوة %n من 4</numerusform>
            <numerusform>الخطوة %n من 4</numerusform>
            <numerusform>الخطوة %n من 4</numerusform>
            <numerusform>الخطوة %n من 4</numerusform>
            <numerusform>الخطوة %n من 4</numerusform>
            <numerusform>الخطوة %n من 4</numerusform>
        </translation>
    </message>
    <message>
        <source>The site you organise: a depot, a hospital, a call centre. The Map shows one workplace at a time; add others later with &lt;b&gt;Add workplace&lt;/b&gt;.</source>
        <translation>الموقع الذي تنظّم فيه: مستودع، مستشفى، مركز اتصال. تعرض الخريطة مكان عمل واحدًا في كل مرة؛ وتضيف أماكن أخرى لاحقًا بـ&lt;b&gt;إضافة مكان عمل&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Welcome to your new vault</source>
        <translation>مرحبًا بك في خزنتك الجديدة</translation>
    </message>
    <message>
        <source>What you saved stays; the walk-through is not offered again (Help &gt; First steps opens it).</source>
        <translation>ما حفظته يبقى؛ ولن تُعرض الجولة التعريفية مرة أخرى (تفتحها مساعدة &gt; الخطوات الأولى).</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <source>Your chart has begun</source>
        <translation>بدأت خريطة مكان عملك</translation>
    </message>
    <message>
        <source>e.g. Loading bay</source>
        <translation>مثلًا: رصيف التحميل</translation>
    </message>
    <message>
        <source>e.g. Parcelco Ltd (optional)</source>
        <translation>مثلًا: شركة بارسلكو المحدودة (اختياري)</translation>
    </message>
    <message>
        <source>e.g. Riverside depot</source>
        <translation>مثلًا: مستودع ريفرسايد</translation>
    </message>
    <message>
        <source>e.g. department, line, shift, ward</source>
        <translation>مثلًا: إدارة، خط إنتاج، مناوبة، جناح</translation>
    </message>
    <message>
        <source>personal phone (optional)</source>
        <translation>الهاتف الشخصي (اختياري)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This folder is synced by {service}. The vault stays encrypted, but the synced copy leaves this computer, and pages deleted from it may persist in the service&apos;s file history. Use a folder that is not synced unless you mean this.</source>
        <translation>يزامن {service} هذا المجلد. تبقى الخزنة مشفّرة، لكن النسخة المتزامنة تغادر هذا الحاسوب، وقد تبقى الصفحات المحذوفة منها في سجل ملفات الخدمة. استخدم مجلدًا غير متزامن ما لم تقصد ذلك.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Create new</source>
        <translation>إنشاء جديدة</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its keys…</source>
        <translation>جارٍ إنشاء الخزنة واشتقاق مفاتيحها…</translation>
    </message>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>Made-up people in many languages, to look around safely.</source>
        <translation>أشخاص متخيَّلون بلغات كثيرة، للاستكشاف بأمان.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>تجربة الخزنة التجريبية (&amp;D)</translation>
    </message>
    <message>
        <source>Your organising records, encrypted on this computer.</source>
        <translation>سجلاتك التنظيمية، مشفّرة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Forum Kit has no leaflet words in &apos;{code}&apos; yet. Write each one in that language (missing: {n}).</source>
        <translation>ليست لدى Forum Kit كلمات المنشور بلغة «{code}» بعد. اكتب كل واحدة بتلك اللغة (الناقص: {n}).</translation>
    </message>
    <message>
        <source>The words printed besides yours; change any of them.</source>
        <translation>الكلمات المطبوعة بجانب كلماتك؛ غيّر ما تشاء منها.</translation>
    </message>
</context>
</TS>
