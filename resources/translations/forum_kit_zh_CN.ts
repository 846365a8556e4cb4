<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> — 1:10 target</source>
        <translation> — 1:10 目标</translation>
    </message>
    <message>
        <source>&amp;Agitate</source>
        <translation>激发(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Demands:</source>
        <translation>诉求(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Educate</source>
        <translation>教育(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>标题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paragraphs:</source>
        <translation>段落(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Participated</source>
        <translation>参与了(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>拒绝了(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Unite</source>
        <translation>团结(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Visual:</source>
        <translation>图片(&amp;V)：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>1 per sheet</source>
        <translation>每页 1 份</translation>
    </message>
    <message>
        <source>1:10 target</source>
        <translation>1:10 目标</translation>
    </message>
    <message>
        <source>1:1s (90 d)</source>
        <translation>一对一（90天）</translation>
    </message>
    <message>
        <source>1:1s, 90 days</source>
        <translation>一对一谈话，90 天</translation>
    </message>
    <message>
        <source>2 per sheet (handbills)</source>
        <translation>每页 2 份（小传单）</translation>
    </message>
    <message>
        <source>4 per sheet (handbills)</source>
        <translation>每页 4 份（小传单）</translation>
    </message>
    <message>
        <source>A grievance deadline this many working days away or fewer counts as due soon.</source>
        <translation>申诉期限在这么多个工作日以内即视为即将到期。</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>答复(&amp;N)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>商定日期</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>商定对象</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>候补代表</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>An assessment older than this many days counts as stale.</source>
        <translation>评估超过这么多天即视为过期。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answer days</source>
        <translation>答复天数</translation>
    </message>
    <message>
        <source>Answer unit</source>
        <translation>答复单位</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>答复方</translation>
    </message>
    <message>
        <source>Any assessment date</source>
        <translation>任意评估日期</translation>
    </message>
    <message>
        <source>Any committee role</source>
        <translation>任意委员会角色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>请求(&amp;K)</translation>
    </message>
    <message>
        <source>As&amp;ked</source>
        <translation>已请求(&amp;K)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>已请求，未答复</translation>
    </message>
    <message>
        <source>Assemblies</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Assessed %</source>
        <translation>已评估 %</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>简报资料包</translation>
    </message>
    <message>
        <source>Button / sticker day</source>
        <translation>徽章／贴纸日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>C or CH</source>
        <translation>C 或 CH</translation>
    </message>
    <message>
        <source>Call to action, &amp;what:</source>
        <translation>行动号召，内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Call to action, what:</source>
        <translation>行动号召，内容：</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>已签入会卡</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Cases by month: opened, closed, open at the month&apos;s end</source>
        <translation>每月案件：新开、结案、月底未结</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Chart sheet</source>
        <translation>摸底表</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Collection (money in)</source>
        <translation>募捐（收入）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Committee (C)</source>
        <translation>委员会 (C)</translation>
    </message>
    <message>
        <source>Committee helper (CH)</source>
        <translation>委员会帮手 (CH)</translation>
    </message>
    <message>
        <source>Committee member (C)</source>
        <translation>委员 (C)</translation>
    </message>
    <message>
        <source>Committee members (◆ 1:10 target)</source>
        <translation>委员（◆ 1:10 目标）</translation>
    </message>
    <message>
        <source>Committee target</source>
        <translation>委员会目标</translation>
    </message>
    <message>
        <source>Confirmed by both</source>
        <translation>双方已确认</translation>
    </message>
    <message>
        <source>Confirmed by the giver only (waits)</source>
        <translation>仅给予方已确认（等待中）</translation>
    </message>
    <message>
        <source>Confirmed by the receiver only (waits)</source>
        <translation>仅接受方已确认（等待中）</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>协商一致</translation>
    </message>
    <message>
        <source>Contract article</source>
        <translation>合同条款</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>联席会议会议</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算依据</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>起算自</translation>
    </message>
    <message>
        <source>Counts from: incident, knew of it (the first step); filed, answer received, answer due (appeals to a later step). Separate with commas.</source>
        <translation>起算依据：事件发生、得知事件（第一申诉阶段）；已提交、收到答复、答复期限（上诉至后续申诉阶段）。用逗号分隔。</translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Delegate briefing</source>
        <translation>代表简报</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>诉求：</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>纪律处分</translation>
    </message>
    <message>
        <source>Discipline / discharge</source>
        <translation>纪律处分／解雇</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Donation (money in)</source>
        <translation>捐款（收入）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>今天到期或已逾期</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>一周内到期</translation>
    </message>
    <message>
        <source>Due within a year</source>
        <translation>一年内到期</translation>
    </message>
    <message>
        <source>Dues (money in)</source>
        <translation>会费（收入）</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Entered by the committee</source>
        <translation>由委员会录入</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Every grievance with its step, its next deadline counted from the contract, and the fact sheet to print for the meeting.</source>
        <translation>每件申诉及其申诉阶段、按集体合同计算的下一个期限，以及开会时要打印的情况表。</translation>
    </message>
    <message>
        <source>Everyone at the workplace: who they are, where they work, how they were assessed and when someone last talked to them.</source>
        <translation>工作场所的每个人：是谁、在哪里工作、评估如何、最近一次谁和他们谈过。</translation>
    </message>
    <message>
        <source>Eviction notice</source>
        <translation>驱逐通知</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Expense (money out)</source>
        <translation>支出（支出）</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>FT/PT</source>
        <translation>全职/兼职</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Figure to hold</source>
        <translation>坚守的数字</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File/appeal days</source>
        <translation>提交/上诉天数</translation>
    </message>
    <message>
        <source>Filed / appealed</source>
        <translation>已提交／已上诉</translation>
    </message>
    <message>
        <source>Filing / appeal</source>
        <translation>提交／上诉</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>解雇</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>首次提交</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>基层会议</translation>
    </message>
    <message>
        <source>Forum Kit bundles, agendas and decisions (*.fkbundle *.fkagenda *.fkdecisions);;All files (*)</source>
        <translation>Forum Kit 数据包、议程和决定 (*.fkbundle *.fkagenda *.fkdecisions);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Forum or council</source>
        <translation>基层会议或联席会议</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>基层会议</translation>
    </message>
    <message>
        <source>Forums and councils: meetings, motions, mandates and the delegates who carry them, with their report-backs.</source>
        <translation>基层会议和联席会议：会议、动议、授权以及执行授权的代表和他们的述职汇报。</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由投票</translation>
    </message>
    <message>
        <source>Free vote</source>
        <translation>自由投票</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Fund in</source>
        <translation>基金收入</translation>
    </message>
    <message>
        <source>Fund out</source>
        <translation>基金支出</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已给出</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>给予方</translation>
    </message>
    <message>
        <source>Grant to a member (money out)</source>
        <translation>给会员的补助（支出）</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Grievant</source>
        <translation>申诉人</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>申诉人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>集体</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Health and safety</source>
        <translation>职业健康与安全</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>帮助日期</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮手</translation>
    </message>
    <message>
        <source>Helper (CH)</source>
        <translation>帮手 (CH)</translation>
    </message>
    <message>
        <source>Helpers (CH)</source>
        <translation>委员会帮手（CH）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时数</translation>
    </message>
    <message>
        <source>Hours exchanged</source>
        <translation>交换时数</translation>
    </message>
    <message>
        <source>How many automatic backups to keep.</source>
        <translation>保留多少个自动备份。</translation>
    </message>
    <message>
        <source>How the committee and the support for it grow over time, area by area, counted from the assessment history.</source>
        <translation>委员会及其支持度如何随时间逐区增长，根据评估历史计算。</translation>
    </message>
    <message>
        <source>How they connect to the group</source>
        <translation>与群体的联系方式</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>In the steward&apos;s copy</source>
        <translation>工会代表副本中</translation>
    </message>
    <message>
        <source>In your chart now</source>
        <translation>您摸底中的现状</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>仅姓名缩写</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>工伤</translation>
    </message>
    <message>
        <source>Inocu&amp;late</source>
        <translation>预防(&amp;L)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the interface (at the next start).</source>
        <translation>界面语言（下次启动时生效）。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>最近 2 年</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Last copy sent</source>
        <translation>最近发送的副本</translation>
    </message>
    <message>
        <source>Last structure test: participation %</source>
        <translation>最近一次组织测试：参与率 %</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>最近一次测试</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>传单</translation>
    </message>
    <message>
        <source>Leaflets, briefings and packs printed from the vault, encrypted when they are saved.</source>
        <translation>从保险库打印的传单、简报和资料包，保存时加密。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input.</source>
        <translation>无操作多少分钟后锁定保险库。</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>已摸底</translation>
    </message>
    <message>
        <source>March on the boss</source>
        <translation>集体找老板</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已配对</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>天数中位数</translation>
    </message>
    <message>
        <source>Median days to resolution by type</source>
        <translation>各类型解决天数中位数</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members active</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Met within a week</source>
        <translation>一周内满足</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>动议</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>动议</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>互助</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Needed at 1:10</source>
        <translation>按1:10所需</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需要截止</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>提出的需求</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>新日期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一个期限</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Not on committee</source>
        <translation>不在委员会</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供的帮助</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>One-on-one conversations written up with the AEIOU structure, their issues and the follow-ups due.</source>
        <translation>按 AEIOU 结构记录的一对一谈话、谈到的问题和待跟进事项。</translation>
    </message>
    <message>
        <source>One-on-ones in the last 90 days</source>
        <translation>最近 90 天的一对一谈话</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days</source>
        <translation>一对一谈话，最近 90 天</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>未结和已结</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>月底未结</translation>
    </message>
    <message>
        <source>Open grievances</source>
        <translation>未结申诉</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新开</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Organic leader</source>
        <translation>自然领袖</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Our delegate&apos;s vote</source>
        <translation>我们代表的投票</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>参与了</translation>
    </message>
    <message>
        <source>Partly carried out</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>People helping</source>
        <translation>提供帮助人数</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Personal data in this bundle: none.</source>
        <translation>此数据包中的个人数据：无。</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>联署请愿</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Photo board</source>
        <translation>照片墙</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策类</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Re&amp;medy sought</source>
        <translation>要求的补救(&amp;M)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>原因或变更</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>罢免</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接受方</translation>
    </message>
    <message>
        <source>Recorded with it</source>
        <translation>一并记录</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>底线</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝了</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>述职汇报</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation>待审报告</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Row numbers only (no names)</source>
        <translation>仅行号（无姓名）</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>可见者</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Start counts from</source>
        <translation>起始期限起算依据</translation>
    </message>
    <message>
        <source>Start days</source>
        <translation>起始天数</translation>
    </message>
    <message>
        <source>Start unit</source>
        <translation>起始单位</translation>
    </message>
    <message>
        <source>Start whichever</source>
        <translation>起始取先/后</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>申诉阶段</translation>
    </message>
    <message>
        <source>Step no.</source>
        <translation>阶段编号</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>工会代表</translation>
    </message>
    <message>
        <source>Strike vote</source>
        <translation>罢工表决</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Supporters %</source>
        <translation>支持者 %</translation>
    </message>
    <message>
        <source>Talked by</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target (1:10)</source>
        <translation>目标 (1:10)</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>任期起</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>任期止</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>The assembly, with the name (the member agreed)</source>
        <translation>大会，附姓名（会员已同意）</translation>
    </message>
    <message>
        <source>The assembly, without the name</source>
        <translation>大会，不附姓名</translation>
    </message>
    <message>
        <source>The committee only</source>
        <translation>仅委员会</translation>
    </message>
    <message>
        <source>The concrete ask</source>
        <translation>具体的请求</translation>
    </message>
    <message>
        <source>The rows differ in</source>
        <translation>这几行的不同之处</translation>
    </message>
    <message>
        <source>The steward&apos;s</source>
        <translation>工会代表的版本</translation>
    </message>
    <message>
        <source>The workplace map: areas, headcounts and how each person is assessed, so you can see where the committee is strong and where nobody has talked to anyone yet.</source>
        <translation>工作场所地图：区域、人数以及每个人的评估，让你看清委员会在哪里强，哪里还没有人去谈过。</translation>
    </message>
    <message>
        <source>The workplace pages open with.</source>
        <translation>各页面打开时显示的工作场所。</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>对方的答复</translation>
    </message>
    <message>
        <source>This bundle is older than the last one imported from the same forum (it may be a replayed copy); nothing was imported.</source>
        <translation>此数据包比上次从同一基层会议导入的要旧（可能是重放的副本）；未导入任何内容。</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unknown sender: compare fingerprints with the forum in person and trust its key card first (Trust a key card…); nothing was imported.</source>
        <translation>发送方未知：请先与该基层会议当面核对指纹并信任其密钥卡（信任密钥卡…）；未导入任何内容。</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Vote against</source>
        <translation>投反对票</translation>
    </message>
    <message>
        <source>Vote for</source>
        <translation>投赞成票</translation>
    </message>
    <message>
        <source>Voted against</source>
        <translation>投了反对票</translation>
    </message>
    <message>
        <source>Voted for</source>
        <translation>投了赞成票</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>发生了什么(&amp;H)</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>当事人(&amp;H)</translation>
    </message>
    <message>
        <source>W&amp;ho we are:</source>
        <translation>我们是谁(&amp;H)：</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>原因(&amp;H)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>What</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>What are they angry about?</source>
        <translation>他们为什么生气？</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What will the boss say and do next?</source>
        <translation>老板接下来会说什么、做什么？</translation>
    </message>
    <message>
        <source>What would fix it, and who decides?</source>
        <translation>怎样才能解决，由谁决定？</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>地点(&amp;R)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>匹配位置</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Whichever</source>
        <translation>取先/后</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>行动人</translation>
    </message>
    <message>
        <source>Who checks</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>管理层中是谁</translation>
    </message>
    <message>
        <source>Who we are:</source>
        <translation>我们是谁：</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>胜诉率</translation>
    </message>
    <message>
        <source>Win rate by contract article</source>
        <translation>按合同条款的胜诉率</translation>
    </message>
    <message>
        <source>Win rate by type of grievance</source>
        <translation>按申诉类型的胜诉率</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>胜诉</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
    <message>
        <source>Workplaces</source>
        <translation>工作场所</translation>
    </message>
    <message>
        <source>Write an encrypted backup into the vault&apos;s backups folder this often (hours; 0 = off).</source>
        <translation>每隔多久在保险库的 backups 文件夹中写入一份加密备份（小时；0 = 关闭）。</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写于</translation>
    </message>
    <message>
        <source>already so</source>
        <translation>已是如此</translation>
    </message>
    <message>
        <source>answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>收到答复</translation>
    </message>
    <message>
        <source>assembly, named</source>
        <translation>大会，具名</translation>
    </message>
    <message>
        <source>assembly, no name</source>
        <translation>大会，不具名</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>无法应用</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>committee only</source>
        <translation>仅委员会</translation>
    </message>
    <message>
        <source>conflict: choose</source>
        <translation>冲突：请选择</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>工友全名</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>工友姓名缩写</translation>
    </message>
    <message>
        <source>declined by the keeper</source>
        <translation>被保管人拒绝</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>font (PDFs)</source>
        <translation>字体 (PDF)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>事件发生</translation>
    </message>
    <message>
        <source>knew of it</source>
        <translation>得知事件</translation>
    </message>
    <message>
        <source>library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>met</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>一对一谈话</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>部分满足</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>已添加人员</translation>
    </message>
    <message>
        <source>reviewed before</source>
        <translation>之前已审核</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>sent, waiting for review</source>
        <translation>已发送，等待审核</translation>
    </message>
    <message>
        <source>step event</source>
        <translation>阶段事件</translation>
    </message>
    <message>
        <source>street assembly</source>
        <translation>街坊大会</translation>
    </message>
    <message>
        <source>structure-test outcome</source>
        <translation>组织测试结果</translation>
    </message>
    <message>
        <source>the article, law or practice violated</source>
        <translation>被违反的条款、法律或惯例</translation>
    </message>
    <message>
        <source>the earlier row&apos;s values</source>
        <translation>前一行的值</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>this row&apos;s values</source>
        <translation>本行的值</translation>
    </message>
    <message>
        <source>two different people</source>
        <translation>两个不同的人</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>workers&apos; forum</source>
        <translation>工人基层会议</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>“Start days” is the filing limit for grievance types that start at that step (a discharge filed straight at step 3 counts from the incident or knowledge, not from the step 2 answer); leave it empty where no type starts.</source>
        <translation>“起始天数”是从该申诉阶段开始的申诉类型的提交时限（直接在第 3 阶段提交的解雇申诉从事件发生或得知之日起算，而不是从第 2 阶段的答复起算）；没有类型从该阶段开始时请留空。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Forum Kit</source>
        <translation>关于 Forum Kit</translation>
    </message>
    <message>
        <source>Forum Kit {version}
Organising records kept encrypted on this computer.
Free software under the {licence}.
Qt {qt} through PySide6 {pyside}.</source>
        <translation>Forum Kit {version}
组织工作记录加密保存在本机上。
自由软件，采用 {licence}。
Qt {qt}，通过 PySide6 {pyside}。</translation>
    </message>
    <message>
        <source>Parts shipped with Forum Kit and their licences (choose one to read its licence):</source>
        <translation>随 Forum Kit 附带的组件及其许可证（选择一项以阅读其许可证）：</translation>
    </message>
    <message>
        <source>The Qt libraries are separate files in Forum Kit&apos;s program folder: under the LGPL you may replace them with your own build of the same Qt version.</source>
        <translation>Qt 库是 Forum Kit 程序文件夹中的独立文件：根据 LGPL，您可以用自己构建的同版本 Qt 替换它们。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing the demo vault (a minute at most)…</source>
        <translation>正在准备演示保险库（最多一分钟）…</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>department, line, shift, ward…</source>
        <translation>部门、产线、班次、病区…</translation>
    </message>
</context>
<context>
    <name>AreaDialogWords</name>
    <message numerus="yes">
        <source>%n people or grievances are in this area (or its sub-areas). Choose the area to move them to before it is deleted, or cancel.</source>
        <translation>
            <numerusform>此区域（或其子区域）中有 %n 个人或申诉。删除前请选择要将其移至的区域，或取消。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaDialogs</name>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>移动区域</translation>
    </message>
    <message>
        <source>Move the area (with its sub-areas) under:</source>
        <translation>将该区域（连同其子区域）移到：</translation>
    </message>
</context>
<context>
    <name>Assemblies</name>
    <message>
        <source>A delegate is elected to a council, and there is no council yet.</source>
        <translation>代表是选入联席会议的，但目前还没有联席会议。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Create the council now; then the election form opens.</source>
        <translation>现在创建联席会议；然后会打开选举表单。</translation>
    </message>
    <message>
        <source>Create the council…</source>
        <translation>创建联席会议…</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>No council yet</source>
        <translation>还没有联席会议</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>AssembliesPage</name>
    <message>
        <source> — member of {council}</source>
        <translation> — {council} 的成员</translation>
    </message>
    <message numerus="yes">
        <source>%n forums or councils are members of “{name}”: attach them to another council (Edit…) or delete them first.</source>
        <translation>
            <numerusform>有 %n 个基层会议或联席会议隶属于“{name}”：请先将它们归入另一个联席会议（编辑…）或将其删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>数据包(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>代表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>会议记录(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation>安排会议(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose a forum or council.</source>
        <translation>请选择基层会议或联席会议。</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete meeti&amp;ng…</source>
        <translation>删除会议(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete the meeting of {day}?</source>
        <translation>删除 {day} 的会议？</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>删除“{name}”？</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Fi&amp;x time or place…</source>
        <translation>修改时间或地点(&amp;X)…</translation>
    </message>
    <message>
        <source>Fix the meeting&apos;s time or place</source>
        <translation>修改会议时间或地点</translation>
    </message>
    <message>
        <source>Forums and councils</source>
        <translation>基层会议和联席会议</translation>
    </message>
    <message>
        <source>Forums&apos; mandates on its agenda are deleted with it.</source>
        <translation>其议程上的基层会议授权将一并删除。</translation>
    </message>
    <message>
        <source>It has no attendance, agenda or motions recorded.</source>
        <translation>它没有记录出席、议程或动议。</translation>
    </message>
    <message>
        <source>It has no meetings, delegates or mandates.</source>
        <translation>它没有会议、代表或授权。</translation>
    </message>
    <message>
        <source>M&amp;andates</source>
        <translation>授权(&amp;A)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>New &amp;forum…</source>
        <translation>新建基层会议(&amp;F)…</translation>
    </message>
    <message>
        <source>New c&amp;ouncil…</source>
        <translation>新建联席会议(&amp;O)…</translation>
    </message>
    <message>
        <source>Rename the chosen forum or council, or attach it to another council</source>
        <translation>重命名所选基层会议或联席会议，或将其归入另一个联席会议</translation>
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
        <translation>在任</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>{day} 结束</translation>
    </message>
    <message>
        <source>Not in term</source>
        <translation>不在任期内</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已罢免</translation>
    </message>
    <message>
        <source>Recalled {day}</source>
        <translation>{day} 已罢免</translation>
    </message>
    <message>
        <source>{yes} for, {no} against</source>
        <translation>赞成 {yes}，反对 {no}</translation>
    </message>
    <message>
        <source>{yes} for, {no} against, {abstained} abstained</source>
        <translation>赞成 {yes}，反对 {no}，弃权 {abstained}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n more match; type more of the name.</source>
        <translation>
            <numerusform>还有 %n 个匹配；请多输入几个字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>已勾选 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>按姓名查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Guests (not in the vault):</source>
        <translation>来宾（不在保险库中）(&amp;G)：</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup written.</source>
        <translation>已完成自动备份。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>自动备份失败：%s</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation>隶属于(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Recall rule:</source>
        <translation>罢免规则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作场所(&amp;W)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>（树的顶端）</translation>
    </message>
    <message>
        <source>Edit the council</source>
        <translation>编辑联席会议</translation>
    </message>
    <message>
        <source>Edit the forum</source>
        <translation>编辑基层会议</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>新建联席会议</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>新建基层会议</translation>
    </message>
    <message>
        <source>e.g. Delegates recallable at any meeting; notice a week before.</source>
        <translation>例如：代表可在任何一次会议上罢免；需提前一周通知。</translation>
    </message>
    <message>
        <source>e.g. area, workplace, city, region</source>
        <translation>例如区域、工作场所、城市、地区</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>&amp;Areas:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Forum:</source>
        <translation>基层会议(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>联席会议会议(&amp;M)：</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>联席会议会议</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>数字截至(&amp;A)：</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <source>meeting: this forum has no council meeting to brief on yet.</source>
        <translation>会议：该基层会议还没有可准备简报的联席会议会议。</translation>
    </message>
</context>
<context>
    <name>BundleDialogs</name>
    <message>
        <source>Bundle for {council}. Personal data in it:</source>
        <translation>{council} 的数据包。其中包含的个人数据：</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>Give this card to the other vault&apos;s holder; compare the fingerprint in person.</source>
        <translation>把这张卡交给另一保险库的持有人；当面核对指纹。</translation>
    </message>
    <message>
        <source>Import a council bundle</source>
        <translation>导入联席会议数据包</translation>
    </message>
    <message>
        <source>Import it anyway?</source>
        <translation>仍然导入？</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Save the council bundle</source>
        <translation>保存联席会议数据包</translation>
    </message>
    <message>
        <source>Send a council bundle</source>
        <translation>发送联席会议数据包</translation>
    </message>
    <message>
        <source>This vault&apos;s public key card</source>
        <translation>本保险库的公钥卡</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>&amp;Check personal data</source>
        <translation>检查个人数据(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import a bundle, agenda or decisions…</source>
        <translation>导入数据包、议程或决定(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>保存数据包(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>信任密钥卡(&amp;T)…</translation>
    </message>
    <message>
        <source>Bundle saved for {council}, meeting of {day}.</source>
        <translation>已为 {council} 保存数据包，{day} 的会议。</translation>
    </message>
    <message>
        <source>Conflicting mandates</source>
        <translation>有分歧的授权</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Council &amp;key:</source>
        <translation>联席会议密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Council &amp;meeting:</source>
        <translation>联席会议会议(&amp;M)：</translation>
    </message>
    <message>
        <source>Council decisions</source>
        <translation>联席会议决定</translation>
    </message>
    <message>
        <source>Council key</source>
        <translation>联席会议密钥</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>联席会议会议</translation>
    </message>
    <message>
        <source>Decisions and report-backs</source>
        <translation>决定与述职汇报</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <source>Figures per forum</source>
        <translation>各基层会议数字</translation>
    </message>
    <message>
        <source>Import from a member or a council</source>
        <translation>从成员或联席会议导入</translation>
    </message>
    <message>
        <source>Imported the agenda of {council}, meeting of {day} (items: {n}), ready for mandates (see the council&apos;s Meetings tab).</source>
        <translation>已导入 {council} 的议程，{day} 的会议（项数：{n}），可以授权了（见该联席会议的“会议”标签页）。</translation>
    </message>
    <message>
        <source>Imported the bundle from {forum} (trusted as &apos;{peer}&apos;): council meeting {day}; mandates: {m}, areas: {a}, delegates: {d}.</source>
        <translation>已导入来自 {forum}（受信任名称“{peer}”）的数据包：{day} 的联席会议会议；{m} 项授权，{a} 个区域，{d} 名代表。</translation>
    </message>
    <message>
        <source>Imported the decisions of {council}, meeting of {day}. Items: {n}; report-back drafts filled: {d}.</source>
        <translation>已导入 {council} 的决定，{day} 的会议。项数：{n}；已填写的述职汇报草稿：{d} 份。</translation>
    </message>
    <message>
        <source>Include the retaliation log (nobody named)</source>
        <translation>包括报复记录（不指名）</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Mandates and report-backs: {m}; areas of figures: {a}.</source>
        <translation>{m} 项授权和述职汇报，{a} 个区域的数字。</translation>
    </message>
    <message>
        <source>Mandates per agenda item</source>
        <translation>各议程项的授权</translation>
    </message>
    <message>
        <source>Mandates per item</source>
        <translation>各项授权</translation>
    </message>
    <message>
        <source>Mutual aid and time bank</source>
        <translation>互助和时间银行</translation>
    </message>
    <message>
        <source>No council meeting yet: schedule it on the council&apos;s Meetings tab</source>
        <translation>还没有联席会议会议：请在联席会议的“会议”选项卡中安排</translation>
    </message>
    <message>
        <source>No coworker names, notes, phones or e-mails are ever included.</source>
        <translation>绝不会包含工友的姓名、笔记、电话或电子邮件。</translation>
    </message>
    <message>
        <source>No trusted council yet: use Trust a key card…</source>
        <translation>还没有受信任的联席会议：请使用“信任密钥卡…”</translation>
    </message>
    <message>
        <source>Our delegate voted against the mandate on: {items}.</source>
        <translation>我们的代表在以下议程项上投票违背授权：{items}。</translation>
    </message>
    <message>
        <source>Personal data in this bundle:</source>
        <translation>此数据包中的个人数据：</translation>
    </message>
    <message>
        <source>Roll-up of what members sent, and the decisions received</source>
        <translation>成员发来内容的汇总，以及收到的决定</translation>
    </message>
    <message>
        <source>Send a bundle up (choose a forum or a council on the left)</source>
        <translation>向上发送数据包（在左侧选择基层会议或联席会议）</translation>
    </message>
    <message>
        <source>Send the members&apos; figures only in &amp;total</source>
        <translation>只发送成员数字的合&amp;计</translation>
    </message>
    <message>
        <source>This vault has no keys yet (made on first use).</source>
        <translation>此保险库还没有密钥（首次使用时生成）。</translation>
    </message>
    <message>
        <source>This vault&apos;s &amp;key card…</source>
        <translation>本保险库的密钥卡(&amp;K)…</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint: {fp}</source>
        <translation>本保险库的指纹：{fp}</translation>
    </message>
    <message>
        <source>Trusted: {name}.</source>
        <translation>已信任：{name}。</translation>
    </message>
</context>
<context>
    <name>CareFollowUps</name>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Mutual aid and check-ins due</source>
        <translation>互助和到期回访</translation>
    </message>
    <message>
        <source>Open the member</source>
        <translation>打开该成员</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <source> ⚠ overdue</source>
        <translation> ⚠ 已逾期</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <source>Choose a person to see their care.</source>
        <translation>选择一个人以查看其关怀情况。</translation>
    </message>
    <message>
        <source>Log retaliation…</source>
        <translation>记录报复…</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>Plan a check-in…</source>
        <translation>安排回访…</translation>
    </message>
    <message>
        <source>check-in due {day}{late}</source>
        <translation>回访期限 {day}{late}</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>未解决的需求</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>未解决的需求</translation>
    </message>
    <message>
        <source>retaliation incident logged</source>
        <translation>已记录的报复事件</translation>
    </message>
    <message>
        <source>retaliation incidents logged</source>
        <translation>已记录的报复事件</translation>
    </message>
    <message>
        <source>{bank}: {balance}</source>
        <translation>{bank}：{balance}</translation>
    </message>
</context>
<context>
    <name>CareStrip</name>
    <message>
        <source>Care: </source>
        <translation>关怀： </translation>
    </message>
    <message>
        <source>No check-in overdue</source>
        <translation>没有逾期回访</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>未解决的需求</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>未解决的需求</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>长期提供</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>长期提供</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation>事件日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>(title hidden from calendar exports)</source>
        <translation>（标题不出现在日历导出中）</translation>
    </message>
    <message>
        <source>Add &amp;grievant…</source>
        <translation>添加申诉人(&amp;G)…</translation>
    </message>
    <message>
        <source>Already filed, on:</source>
        <translation>已提交，日期：</translation>
    </message>
    <message>
        <source>C&amp;hoose steward…</source>
        <translation>选择工会代表(&amp;H)…</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>集体合同(&amp;N)：</translation>
    </message>
    <message>
        <source>Contract a&amp;rticle:</source>
        <translation>集体合同条款(&amp;R)：</translation>
    </message>
    <message>
        <source>Grievants</source>
        <translation>申诉人</translation>
    </message>
    <message>
        <source>Grievants:</source>
        <translation>申诉人：</translation>
    </message>
    <message>
        <source>Knew later, on:</source>
        <translation>事后得知，日期：</translation>
    </message>
    <message>
        <source>No steward</source>
        <translation>无工会代表</translation>
    </message>
    <message>
        <source>Remove grievant</source>
        <translation>移除申诉人</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Steward:</source>
        <translation>工会代表：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>The title is hidden from calendar exports.</source>
        <translation>标题不出现在日历导出中。</translation>
    </message>
    <message>
        <source>automatic (G-YEAR-NNN)</source>
        <translation>自动 (G-YEAR-NNN)</translation>
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
        <translation>委员会(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;FT/PT:</source>
        <translation>全职/兼职(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Stale:</source>
        <translation>过期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Unreached only (tied to nobody on the committee)</source>
        <translation>仅未联系上的（与委员会中任何人都没有关系）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>关键词(&amp;W)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>全部清除(&amp;L)</translation>
    </message>
    <message>
        <source>Filter the chart</source>
        <translation>筛选摸底</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>Organic &amp;leaders only</source>
        <translation>仅自然领袖(&amp;L)</translation>
    </message>
    <message>
        <source>names, jobs, notes…</source>
        <translation>姓名、工作、笔记…</translation>
    </message>
</context>
<context>
    <name>ChartFilters</name>
    <message>
        <source>assessed lately</source>
        <translation>近期已评估</translation>
    </message>
    <message>
        <source>organic leaders</source>
        <translation>自然领袖</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>未联系上</translation>
    </message>
</context>
<context>
    <name>ChartSheetForm</name>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>空白行数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>截至(&amp;O)：</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <source>area: the vault has no areas yet; add them on the Map page.</source>
        <translation>区域：保险库中还没有区域；请在“地图”页面添加。</translation>
    </message>
</context>
<context>
    <name>ChartViewBar</name>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it with this one?</source>
        <translation>名为“%1”的视图已存在。用此视图替换它吗？</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>摸底视图</translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation>列(&amp;U)…</translation>
    </message>
    <message>
        <source>Delete this view</source>
        <translation>删除此视图</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <translation>筛选(&amp;I)…</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>仅：%1</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>替换视图</translation>
    </message>
    <message>
        <source>Save as a view…</source>
        <translation>另存为视图…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>视图(&amp;S)</translation>
    </message>
    <message>
        <source>only the view, no one&apos;s data</source>
        <translation>仅视图，不含任何人的数据</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>视图“%1”</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>&amp;After:</source>
        <translation>之后(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>申诉(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Who checks in:</source>
        <translation>回访人(&amp;W)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Check in &amp;by:</source>
        <translation>回访期限(&amp;B)：</translation>
    </message>
    <message>
        <source>Check in by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Plan a check-in</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>发生了什么(&amp;H)：</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>回访人</translation>
    </message>
</context>
<context>
    <name>CloseNeedForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason (for unmet):</source>
        <translation>原因（未满足时）(&amp;R)：</translation>
    </message>
    <message>
        <source>Close a need</source>
        <translation>关闭需求</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>CommitteeDialogs</name>
    <message>
        <source>&amp;Card:</source>
        <translation>密钥卡(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Load a card file…</source>
        <translation>载入密钥卡文件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>本地名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>密钥卡</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>留空则使用卡上的名称</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>粘贴密钥卡：“Forum Kit public key card v1”…</translation>
    </message>
    <message>
        <source>Save the review sheet</source>
        <translation>保存审核表</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>输入你核对过的指纹</translation>
    </message>
</context>
<context>
    <name>CommitteeLists</name>
    <message>
        <source>reviewed: {accepted} accepted, {declined} declined</source>
        <translation>已审阅：接受 {accepted} 条，拒绝 {declined} 条</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>等待审阅</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message numerus="yes">
        <source>%n copies written to {folder}. Give each steward theirs (a stick, a message): it opens only in their vault.</source>
        <translation>
            <numerusform>已将 %n 份副本写入 {folder}。请把各自的副本交给每位工会代表（U 盘、消息）：只能在其本人的保险库中打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a steward…</source>
        <translation>添加工会代表(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back to my chart</source>
        <translation>返回我的摸底(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Grievance step…</source>
        <translation>申诉阶段(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;My copies</source>
        <translation>我的副本(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>新建联系人(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a copy file…</source>
        <translation>打开副本文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send my report…</source>
        <translation>发送我的报告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Take in a report…</source>
        <translation>接收报告(&amp;T)…</translation>
    </message>
    <message>
        <source>Atten&amp;dance…</source>
        <translation>出席情况(&amp;D)…</translation>
    </message>
    <message>
        <source>Change &amp;scope…</source>
        <translation>更改范围(&amp;S)…</translation>
    </message>
    <message>
        <source>Co&amp;rrect details…</source>
        <translation>更正信息(&amp;R)…</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Copies from {name} open here now (Open a copy file…).</source>
        <translation>来自 {name} 的副本现在可在此打开（打开副本文件…）。</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>持有的副本</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>现场报告</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>副本存放文件夹</translation>
    </message>
    <message>
        <source>Grievance te&amp;xt…</source>
        <translation>申诉文本(&amp;X)…</translation>
    </message>
    <message>
        <source>Keep the &amp;chart</source>
        <translation>保留摸底(&amp;C)</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>我的报告</translation>
    </message>
    <message>
        <source>My report (show a copy to log what you did in it)</source>
        <translation>我的报告（显示副本以记录您在其中做了什么）</translation>
    </message>
    <message>
        <source>My report (what you logged in the copy shown)</source>
        <translation>我的报告（您在显示的副本中记录的内容）</translation>
    </message>
    <message>
        <source>My report in the copy shown ({label})</source>
        <translation>显示的副本中的我的报告（{label}）</translation>
    </message>
    <message>
        <source>No more copies for them; what they reported stays, with who reported it.</source>
        <translation>不再给他们副本；他们报告的内容保留，并注明报告人。</translation>
    </message>
    <message>
        <source>One-on-&amp;one…</source>
        <translation>一对一谈话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a committee copy</source>
        <translation>打开委员会副本</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>审核报告(&amp;V)…</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>删除条目(&amp;Y)</translation>
    </message>
    <message>
        <source>S&amp;how this copy</source>
        <translation>显示此副本(&amp;H)</translation>
    </message>
    <message>
        <source>Save your field report</source>
        <translation>保存您的现场报告</translation>
    </message>
    <message>
        <source>Send &amp;copies…</source>
        <translation>发送副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Show my &amp;key card…</source>
        <translation>显示我的密钥卡(&amp;K)…</translation>
    </message>
    <message>
        <source>Stewards of the committee get a copy of their scope, encrypted to their key card alone, and send back field reports you review change by change.</source>
        <translation>委员会的工会代表会收到其范围的副本，仅用其密钥卡加密，并发回现场报告，由您逐项审核更改。</translation>
    </message>
    <message>
        <source>Structure t&amp;est…</source>
        <translation>组织测试(&amp;E)…</translation>
    </message>
    <message>
        <source>Take in a field report</source>
        <translation>接收现场报告</translation>
    </message>
    <message>
        <source>Take {name} off the committee</source>
        <translation>将 {name} 移出委员会</translation>
    </message>
    <message>
        <source>The keeper accepted {a} of your entries and declined {d}.</source>
        <translation>保管人接受了您的 {a} 个条目，拒绝了 {d} 个。</translation>
    </message>
    <message>
        <source>The scope changes with the next copy.</source>
        <translation>范围将随下一份副本更改。</translation>
    </message>
    <message>
        <source>This vault&apos;s key card: {name}, fingerprint {fp}</source>
        <translation>此保险库的密钥卡：{name}，指纹 {fp}</translation>
    </message>
    <message>
        <source>Trust a &amp;keeper…</source>
        <translation>信任保管人(&amp;K)…</translation>
    </message>
    <message>
        <source>Your report ({n} entries) for {keeper} is in {file}: give it to them (a stick, a message); it opens only in their vault.</source>
        <translation>您给 {keeper} 的报告（{n} 个条目）在 {file} 中：请交给对方（U 盘、消息）；它只能在对方的保险库中打开。</translation>
    </message>
    <message>
        <source>{label} opened: {people} people.</source>
        <translation>{label} 已打开：{people} 人。</translation>
    </message>
    <message>
        <source>{name} is off the committee.</source>
        <translation>{name} 已离开委员会。</translation>
    </message>
    <message>
        <source>{name} is on the committee. Send them a copy (Send copies…).</source>
        <translation>{name} 已加入委员会。请给他们发送副本（发送副本…）。</translation>
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
        <translation>无法保存更改。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>CommunityLists</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>删除{what}？</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>This will be lost:</source>
        <translation>以下内容将丢失：</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Area</source>
        <translation>区域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation>委员会(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>岗位(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Organic leader</source>
        <translation>自然领袖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove tie</source>
        <translation>解除关系(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;ppend assessment</source>
        <translation>添加评估(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>添加关系(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page.</source>
        <translation>请在“地图”页面添加工作场所。</translation>
    </message>
    <message>
        <source>Add an area on the Map page first.</source>
        <translation>请先在“地图”页面添加区域。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>评估历史</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>入会卡</translation>
    </message>
    <message>
        <source>Card signed</source>
        <translation>已签入会卡</translation>
    </message>
    <message>
        <source>Card signed on</source>
        <translation>入会卡签署日期</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>Emplo&amp;yment</source>
        <translation>用工形式(&amp;Y)</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>F&amp;irst name</source>
        <translation>名(&amp;I)</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>语言(&amp;U)</translation>
    </message>
    <message>
        <source>Last nam&amp;e</source>
        <translation>姓(&amp;E)</translation>
    </message>
    <message>
        <source>New assessment level</source>
        <translation>新评估等级</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Save (Ctrl+S; Enter in a one-line field)</source>
        <translation>保存（Ctrl+S；在单行字段中按 Enter）</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>敏感（绝不打印或导出）(&amp;V)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Talks to</source>
        <translation>常交谈的人</translation>
    </message>
    <message>
        <source>Talks to (social ties)</source>
        <translation>常交谈的人（社交关系）</translation>
    </message>
    <message>
        <source>evidence (which conversation or action)</source>
        <translation>证据（哪次谈话或行动）</translation>
    </message>
    <message>
        <source>personal, never the company&apos;s</source>
        <translation>个人的，绝不用公司的</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Typical procedure</source>
        <translation>典型程序(&amp;T)</translation>
    </message>
    <message>
        <source>(no regions)</source>
        <translation>（无地区）</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>（全国）</translation>
    </message>
    <message>
        <source>A calendar-day deadline on a day off moves to the next working day</source>
        <translation>按日历日计算的期限如落在休息日，顺延至下一个工作日</translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation>添加假日(&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;public holidays</source>
        <translation>添加法定假日(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>添加申诉阶段(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the country first.</source>
        <translation>请先选择国家。</translation>
    </message>
    <message>
        <source>Contract and grievance procedure</source>
        <translation>集体合同与申诉程序</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>国家…</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Days off (weekend):</source>
        <translation>休息日（周末）：</translation>
    </message>
    <message>
        <source>Grievance types that start at a later step</source>
        <translation>从后续申诉阶段开始的申诉类型</translation>
    </message>
    <message>
        <source>Holiday row {value}: write the date like 2026-12-25.</source>
        <translation>假日第 {value} 行：日期请写成 2026-12-25 的格式。</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Leave “Answer days” empty when there is no answer limit (arbitration).</source>
        <translation>没有答复时限时（仲裁），“答复天数”请留空。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No holidays in {year}: deadlines this year may fall on public holidays. Add {year}&apos;s.</source>
        <translation>{year} 年没有假日：今年的期限可能落在法定假日上。请添加 {year} 年的假日。</translation>
    </message>
    <message>
        <source>No holidays yet: deadlines may fall on public holidays such as 25 December. Choose the country (and region) and add them.</source>
        <translation>还没有假日：期限可能落在 12 月 25 日这样的法定假日上。请选择国家（和地区）并添加。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>移除假日</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>移除申诉阶段</translation>
    </message>
    <message>
        <source>Row {value} of the steps</source>
        <translation>申诉阶段第 {value} 行</translation>
    </message>
    <message>
        <source>Step {ordinal}</source>
        <translation>第 {ordinal} 阶段</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>申诉阶段</translation>
    </message>
    <message>
        <source>Steps and time limits</source>
        <translation>申诉阶段和时限</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>该集体合同已不存在。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>第一申诉阶段</translation>
    </message>
    <message>
        <source>{where}: counts from</source>
        <translation>{where}：起算依据</translation>
    </message>
    <message>
        <source>{where}: start counts from</source>
        <translation>{where}：起始期限起算依据</translation>
    </message>
    <message>
        <source>{where}: the answer limit</source>
        <translation>{where}：答复时限</translation>
    </message>
    <message>
        <source>{where}: the filing limit</source>
        <translation>{where}：提交时限</translation>
    </message>
    <message>
        <source>{where}: the start limit</source>
        <translation>{where}：起始时限</translation>
    </message>
    <message>
        <source>{where}: the step number</source>
        <translation>{where}：阶段编号</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>{what} must be a whole number of days.</source>
        <translation>{what}必须是整数天。</translation>
    </message>
    <message>
        <source>{where}: “{part}” is not an event a limit counts from; use {words}.</source>
        <translation>{where}：“{part}”不是时限可以起算的事件；请使用 {words}。</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>问题(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation>保存谈话(&amp;S)</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>（未选择任何人）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Assess&amp;ment after</source>
        <translation>谈话后评估(&amp;M)</translation>
    </message>
    <message>
        <source>Assessment after the conversation</source>
        <translation>谈话后的评估</translation>
    </message>
    <message>
        <source>By</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Choose &amp;who talked…</source>
        <translation>选择谈话人(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose who the conversation was with.</source>
        <translation>请选择谈话对象。</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>日期(&amp;T)</translation>
    </message>
    <message>
        <source>Follow up &amp;by</source>
        <translation>跟进截止(&amp;B)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>No new assessment</source>
        <translation>无新评估</translation>
    </message>
    <message>
        <source>Sensiti&amp;ve (never printed or exported)</source>
        <translation>敏感（绝不打印或导出）(&amp;V)</translation>
    </message>
    <message>
        <source>That is me (preselect next time)</source>
        <translation>这是我（下次预先选中）</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>issues, comma separated: pay, rota, safety</source>
        <translation>问题，用逗号分隔：工资, 排班, 安全</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;Open person</source>
        <translation>打开人员(&amp;O)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>以往的谈话</translation>
    </message>
    <message>
        <source>Earlier conversations with this person</source>
        <translation>与此人以往的谈话</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Follow-ups in area</source>
        <translation>区域内的跟进</translation>
    </message>
    <message>
        <source>Follow-ups shown</source>
        <translation>显示的跟进</translation>
    </message>
    <message>
        <source>Log a one-on-one</source>
        <translation>记录一对一谈话</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为完成(&amp;D)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} due follow-ups (earliest first). Choose an area or a shorter time to narrow the list.</source>
        <translation>显示 {total} 项待跟进中的 {shown} 项（最早的在前）。选择区域或更短的时间来缩小列表。</translation>
    </message>
    <message>
        <source>The one-on-one you were writing is not saved.</source>
        <translation>你正在填写的一对一谈话尚未保存。</translation>
    </message>
</context>
<context>
    <name>CopyBanner</name>
    <message>
        <source>Back to my c&amp;hart</source>
        <translation>返回我的摸底(&amp;H)</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>显示的摸底</translation>
    </message>
    <message>
        <source>Send my re&amp;port…</source>
        <translation>发送我的报告(&amp;P)…</translation>
    </message>
    <message>
        <source>{label} · read-only</source>
        <translation>{label} · 只读</translation>
    </message>
    <message>
        <source>{label}. Nothing in it can be changed here: what you do on the floor goes into your report (Committee page, My copies).</source>
        <translation>{label}。此处无法更改其中的任何内容：您在现场所做的会进入您的报告（委员会页，我的副本）。</translation>
    </message>
</context>
<context>
    <name>CopyMode</name>
    <message>
        <source>The copy is ready: search finds its one-on-one notes.</source>
        <translation>副本已就绪：搜索可以找到其一对一谈话笔记。</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Covered.</source>
        <translation>已覆盖。</translation>
    </message>
    <message>
        <source>Short by {short}.</source>
        <translation>还差 {short} 人。</translation>
    </message>
    <message>
        <source>The committee has nobody here.</source>
        <translation>委员会在这里没有人。</translation>
    </message>
    <message>
        <source>{where}. People: {people}; committee members: {members}; helpers: {helpers}; one in ten needs {needed}.</source>
        <translation>{where}。人数：{people}；委员：{members}；协助者：{helpers}；按十分之一需要 {needed} 人。</translation>
    </message>
    <message>
        <source>{where}: nobody works here.</source>
        <translation>{where}：这里没有人工作。</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>%1 people, %2 on the committee (C): one in ten needs %3.</source>
        <translation>%1 人，委员会中 %2 人（C）：每十人一名需要 %3 人。</translation>
    </message>
    <message>
        <source>(one grouping)</source>
        <translation>（一个分组）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Co&amp;lumns by:</source>
        <translation>列分组依据(&amp;L)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Committee coverage</source>
        <translation>委员会覆盖</translation>
    </message>
    <message>
        <source>Every group has someone on the committee.</source>
        <translation>每个群体在委员会中都有人。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Row&amp;s by:</source>
        <translation>行分组依据(&amp;S)：</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message numerus="yes">
        <source>The committee has nobody in %n group(s), marked red.</source>
        <translation>
            <numerusform>委员会在 %n 个群体中没有人，以红色标出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Again</source>
        <translation>再输一次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder on this computer. Choose a long passphrase: it cannot be recovered, only replaced with the recovery key shown after creating.</source>
        <translation>保险库是本电脑上的一个加密文件夹。请选择一个长的密码短语：它无法找回，只能用创建后显示的恢复密钥替换。</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ. Type the same one twice.</source>
        <translation>再输一次：两次输入的密码短语不一致。请输入相同的密码短语两次。</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>保险库文件夹</translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists.</source>
        <translation>文件夹：请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>Name: a vault with that name already exists in this folder.</source>
        <translation>名称：此文件夹中已有同名保险库。</translation>
    </message>
    <message>
        <source>Name: give the vault a name.</source>
        <translation>名称：请给保险库取个名称。</translation>
    </message>
    <message>
        <source>Name: use letters, digits, spaces or dashes (no slashes).</source>
        <translation>名称：请使用字母、数字、空格或连字符（不要用斜杠）。</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>密码短语：请至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <source>e.g. warehouse-committee</source>
        <translation>例如 warehouse-committee</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>将保险库备份到</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份已完成</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Forum Kit backups (*.fkbackup)</source>
        <translation>Forum Kit 备份 (*.fkbackup)</translation>
    </message>
    <message>
        <source>New vault folder (must not exist)</source>
        <translation>新保险库文件夹（必须不存在）</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored into {path}. Open it from the start screen.</source>
        <translation>已恢复到 {path}。请从开始界面打开。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The backup was written and verified: {path}</source>
        <translation>备份已写入并验证：{path}</translation>
    </message>
    <message>
        <source>The operation failed; nothing was changed.</source>
        <translation>操作失败；未作任何改动。</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase at the time of the backup:</source>
        <translation>备份时保险库的密码短语：</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>For</source>
        <comment>what a deadline is for</comment>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>（未记录动议）</translation>
    </message>
    <message>
        <source>As the forum wants it shown to the council</source>
        <translation>按基层会议希望向联席会议展示的方式</translation>
    </message>
    <message>
        <source>C&amp;ouncil:</source>
        <translation>联席会议(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose the council: there is none yet, so create it first (New council… beside the tree).</source>
        <translation>选择联席会议：目前还没有，请先创建（树旁边的“新建联席会议…”）。</translation>
    </message>
    <message>
        <source>Elect a delegate</source>
        <translation>选举代表</translation>
    </message>
    <message>
        <source>Election &amp;motion:</source>
        <translation>选举动议(&amp;M)：</translation>
    </message>
    <message>
        <source>From &amp;contacts…</source>
        <translation>从联系人中选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Give the delegate&apos;s name (or choose them from the contacts).</source>
        <translation>请填写代表的姓名（或从联系人中选择）。</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>任期起(&amp;F)：</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>任期止(&amp;T)：</translation>
    </message>
    <message>
        <source>The term ends before it starts: check the term end.</source>
        <translation>任期结束早于开始：请检查任期结束日期。</translation>
    </message>
    <message>
        <source>There is no council yet. Create the council first (New council… beside the tree).</source>
        <translation>还没有联席会议。请先创建联席会议（树旁边的“新建联席会议…”）。</translation>
    </message>
</context>
<context>
    <name>DelegatesAndMandates</name>
    <message>
        <source>&amp;Elect a delegate…</source>
        <translation>选举代表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Pass a mandate…</source>
        <translation>通过授权(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>罢免(&amp;R)…</translation>
    </message>
    <message>
        <source>A mandate is for an agenda item of a council meeting: choose the council, schedule its meeting and add the agenda items first.</source>
        <translation>授权针对的是联席会议的议程项：请先选择联席会议、安排会议并添加议程项。</translation>
    </message>
    <message>
        <source>A recall is a motion of the forum: record the recall motion and its result in a meeting of this forum first (Meetings tab, Record a motion, kind Recall).</source>
        <translation>罢免是基层会议的动议：请先在本基层会议的一次会议中记录罢免动议及其结果（“会议”选项卡，记录动议，类型选“罢免”）。</translation>
    </message>
    <message>
        <source>Choose the delegate to recall first.</source>
        <translation>请先选择要罢免的代表。</translation>
    </message>
    <message>
        <source>Choose the mandate to report back on first.</source>
        <translation>请先选择要述职汇报的授权。</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Delegates are elected by a forum: choose a forum on the left.</source>
        <translation>代表由基层会议选举产生：请在左侧选择一个基层会议。</translation>
    </message>
    <message>
        <source>Delegates carry the forum&apos;s mandates and can be recalled by a carried recall motion of the forum.</source>
        <translation>代表执行基层会议的授权，基层会议通过罢免动议即可将其罢免。</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Mandates the forums in this vault gave on this council&apos;s agenda.</source>
        <translation>本保险库中的基层会议就该联席会议议程给出的授权。</translation>
    </message>
    <message>
        <source>Recall this delegate?</source>
        <translation>罢免这名代表？</translation>
    </message>
    <message>
        <source>Report &amp;back…</source>
        <translation>述职汇报(&amp;B)…</translation>
    </message>
    <message>
        <source>The delegate&apos;s term ends on {day}.</source>
        <translation>该代表的任期于 {day} 结束。</translation>
    </message>
    <message>
        <source>The forum&apos;s instructions to its delegate on council agenda items.</source>
        <translation>基层会议就联席会议议程项给其代表的指示。</translation>
    </message>
    <message>
        <source>They no longer carry the forum&apos;s mandates.</source>
        <translation>他们不再执行基层会议的授权。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>用密码保护</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>两次输入的密码不一致；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> 并设密码 (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>位于(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>任何拿到该文件的人都能阅读。</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>文档类型</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>已发送到打印机的页数：{n}。</translation>
    </message>
    <message>
        <source>Pages: {n}.</source>
        <translation>页数：{n}。</translation>
    </message>
    <message>
        <source>Personal data in this document</source>
        <translation>此文档中的个人数据</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>用密码保护(&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>另存为 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>不设密码保存含有{what}的 PDF？</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>已保存{how}。</translation>
    </message>
    <message>
        <source>Stop building this document</source>
        <translation>停止生成此文档</translation>
    </message>
    <message>
        <source>Stopped: the document was not built.</source>
        <translation>已停止：未生成文档。</translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation>无法生成文档。</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>勾选“用密码保护”即可加密。</translation>
    </message>
    <message>
        <source>coworkers&apos; full names</source>
        <translation>工友全名</translation>
    </message>
    <message>
        <source>coworkers&apos; initials</source>
        <translation>工友姓名缩写</translation>
    </message>
    <message>
        <source>each worker&apos;s assessment (by row number)</source>
        <translation>每位工人的评估（按行号）</translation>
    </message>
</context>
<context>
    <name>DownPanel</name>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Absent (no vote)</source>
        <translation>缺席（未投票）</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Agenda of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>{council} 的议程，{day} 的会议，已为 {member} 保存；项数：{n}。</translation>
    </message>
    <message>
        <source>Decisions of {council}, meeting of {day}, saved for {member}; items: {n}.</source>
        <translation>{council} 的决定，{day} 的会议，已为 {member} 保存；项数：{n}。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Its vote on:</source>
        <translation>其投票，议程项：</translation>
    </message>
    <message>
        <source>Mandates &amp;due by</source>
        <translation>授权截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>Mee&amp;ting:</source>
        <translation>会议(&amp;T)：</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>成员(&amp;B)：</translation>
    </message>
    <message>
        <source>Member&apos;s key</source>
        <translation>成员的密钥</translation>
    </message>
    <message>
        <source>No trusted member yet: trust its key card</source>
        <translation>还没有受信任的成员：请信任其密钥卡</translation>
    </message>
    <message>
        <source>Recorded: {member} voted {vote} on {item}.</source>
        <translation>已记录：{member} 在 {item} 上投了“{vote}”。</translation>
    </message>
    <message>
        <source>Save &amp;agenda…</source>
        <translation>保存议程(&amp;A)…</translation>
    </message>
    <message>
        <source>Save d&amp;ecisions…</source>
        <translation>保存决定(&amp;E)…</translation>
    </message>
    <message>
        <source>Send down to a member (choose a council on the left)</source>
        <translation>向下发送给成员（在左侧选择联席会议）</translation>
    </message>
    <message>
        <source>The council&apos;s meeting</source>
        <translation>联席会议的会议</translation>
    </message>
    <message>
        <source>The member&apos;s vote</source>
        <translation>成员的投票</translation>
    </message>
    <message>
        <source>Voted against its mandate: {items}.</source>
        <translation>投票违背授权：{items}。</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>EntryLogging</name>
    <message>
        <source>(no assessment)</source>
        <translation>（未评估）</translation>
    </message>
    <message>
        <source>Appealed to the next step</source>
        <translation>已上诉至下一阶段</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>Correct what is wrong about {name}; each change goes to the keeper as its own entry.</source>
        <translation>更正关于 {name} 的错误信息；每项更改都作为单独条目发给保管人。</translation>
    </message>
    <message>
        <source>Filed at its current step</source>
        <translation>已在当前阶段提交</translation>
    </message>
    <message>
        <source>Logged for your next report.</source>
        <translation>已记录，将进入您的下一份报告。</translation>
    </message>
    <message>
        <source>Management answered at its current step</source>
        <translation>管理层已在当前阶段答复</translation>
    </message>
    <message>
        <source>Nothing differs from the copy; nothing was logged.</source>
        <translation>与副本没有差别；未记录任何内容。</translation>
    </message>
    <message>
        <source>Participated</source>
        <translation>参与了</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝了</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>条目已删除。</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy saved. It is not encrypted: delete it when done.</source>
        <translation>副本已保存。它没有加密：用完后请删除。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Evidence is stored encrypted inside the vault. A saved copy is an ordinary, unencrypted file: keep it somewhere safe.</source>
        <translation>证据加密保存在保险库内。另存的副本是普通的未加密文件：请放在安全的地方。</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>证据预览</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>证据已移除。</translation>
    </message>
    <message>
        <source>Evidence stored in the vault.</source>
        <translation>证据已存入保险库。</translation>
    </message>
    <message>
        <source>No preview for this kind of file; use “Save a copy…”.</source>
        <translation>此类文件无法预览；请使用“另存副本…”。</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation>无法在该位置写入副本。</translation>
    </message>
    <message>
        <source>The file could not be read; check it exists.</source>
        <translation>无法读取文件；请确认其存在。</translation>
    </message>
    <message>
        <source>The file is larger than 25 MB; attach a smaller copy or an extract.</source>
        <translation>文件大于 25 MB；请附上较小的副本或摘录。</translation>
    </message>
    <message>
        <source>the file stored in the vault</source>
        <translation>保存在保险库中的文件</translation>
    </message>
    <message>
        <source>this evidence file</source>
        <translation>此证据文件</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>&amp;Confirmed:</source>
        <translation>已确认(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>给予方(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>时数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>接受方(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1.5 或 1:30</translation>
    </message>
    <message>
        <source>An hour is an hour, whatever the work.</source>
        <translation>一小时就是一小时，无论做什么工作。</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>给予方</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时数</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接受方</translation>
    </message>
    <message>
        <source>Record a time-bank exchange</source>
        <translation>记录一笔时间银行交换</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>做了什么</translation>
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
        <translation>导出申诉列表</translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation>导出人员列表</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Include people and cases marked sensitive</source>
        <translation>包括标记为敏感的人员和案件</translation>
    </message>
    <message>
        <source>The rows: the list as the page shows it, with its filters and in its order.</source>
        <translation>行：按页面所示的列表，含其筛选和排序。</translation>
    </message>
    <message>
        <source>The rows: the whole list of the workplace.</source>
        <translation>行：工作场所的完整列表。</translation>
    </message>
    <message>
        <source>The vault has no workplace yet; add one first.</source>
        <translation>保险库中还没有工作场所；请先添加一个。</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>商定日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>新日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>商定对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Written extension</source>
        <translation>书面延期</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>例如人事经理，书面</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, XLSX or ODS chart: one row per person.</source>
        <translation>CSV、XLSX 或 ODS 摸底表：每人一行。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <source>Choose the encoding above, then Next.</source>
        <translation>请在上方选择编码，然后点“下一步”。</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025 are day/month (3 April)</source>
        <translation>03/04/2025 这样的日期按 日/月 理解（4 月 3 日）</translation>
    </message>
    <message>
        <source>Detect (asks when unsure)</source>
        <translation>自动检测（不确定时询问）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Text encoding (CSV)</source>
        <translation>文本编码 (CSV)</translation>
    </message>
    <message>
        <source>The file could not be read; choose another file.</source>
        <translation>无法读取文件；请选择其他文件。</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{day}  overdue</source>
        <translation>{day}  已逾期</translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
</context>
<context>
    <name>ForumForm</name>
    <message>
        <source>Count grievances marked &amp;sensitive</source>
        <translation>统计标记为敏感的申诉(&amp;S)</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>数字截至</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>基层会议</translation>
    </message>
    <message>
        <source>Off: cases marked sensitive are left out of the grievance counts, as the briefing says. Tick only when the forum agreed to report them.</source>
        <translation>关闭：按简报说明，标记为敏感的案件不计入申诉统计。仅在基层会议同意报告时才勾选。</translation>
    </message>
    <message>
        <source>forum: the vault has no forum yet; add one under Assemblies.</source>
        <translation>基层会议：保险库中还没有基层会议；请在“会议”下添加。</translation>
    </message>
</context>
<context>
    <name>FundEntryForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entries are never edited: a mistake is corrected by reversing the entry.</source>
        <translation>条目从不修改：出错时通过冲销该条目来更正。</translation>
    </message>
    <message>
        <source>For the &amp;need:</source>
        <translation>针对需求(&amp;N)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Post to the fund</source>
        <translation>记入基金</translation>
    </message>
</context>
<context>
    <name>GlossaryTip</name>
    <message>
        <source>F1: the guide for this page</source>
        <translation>F1：本页指南</translation>
    </message>
</context>
<context>
    <name>GrievanceChart</name>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Grievance chart</source>
        <translation>申诉图表</translation>
    </message>
    <message>
        <source>Median days from the first filing to the outcome</source>
        <translation>从首次提交到结果的天数中位数</translation>
    </message>
    <message>
        <source>Open at the month&apos;s end</source>
        <translation>月底未结</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新开</translation>
    </message>
    <message>
        <source>Won, % of the cases closed</source>
        <translation>胜诉，占已结案件的 %</translation>
    </message>
</context>
<context>
    <name>GrievanceEditor</name>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>证据(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>信函(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Steps and deadlines</source>
        <translation>申诉阶段和期限(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a contract first (set one up with “Contract…”).</source>
        <translation>请先选择集体合同（用“集体合同…”设置）。</translation>
    </message>
    <message>
        <source>New grievance</source>
        <translation>新建申诉</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; save them when ready.</source>
        <translation>你未保存的更改已恢复；准备好后请保存。</translation>
    </message>
</context>
<context>
    <name>GrievanceEvidence</name>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>另存副本（未加密）</translation>
    </message>
</context>
<context>
    <name>GrievanceLists</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>已结案：{outcome}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
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
        <translation> · 已略去 {n} 件标记为敏感的</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作场所(&amp;W)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{open} open&lt;/b&gt; ({overdue} overdue, {soon} due within a few working days) · &lt;b&gt;{closed} closed&lt;/b&gt; since {start}: won {won}, settled {settled}, withdrawn {withdrawn}, lost {lost}, lapsed {lapsed} · win rate &lt;b&gt;{rate}&lt;/b&gt; · median {days} days to resolution</source>
        <translation>&lt;b&gt;{open} 件未结&lt;/b&gt;（{overdue} 件逾期，{soon} 件几个工作日内到期）· 自 {start} 起 &lt;b&gt;{closed} 件已结&lt;/b&gt;：胜诉 {won}，和解 {settled}，撤回 {withdrawn}，败诉 {lost}，失效 {lapsed} · 胜诉率 &lt;b&gt;{rate}&lt;/b&gt; · 解决天数中位数 {days} 天</translation>
    </message>
    <message>
        <source>As o&amp;f:</source>
        <translation>截至(&amp;F)：</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By steward, step, area, article</source>
        <translation>按工会代表、申诉阶段、区域、条款</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Closed &amp;since:</source>
        <translation>结案起始日(&amp;S)：</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>已结案件</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Every workplace</source>
        <translation>所有工作场所</translation>
    </message>
    <message>
        <source>Include cases marked &amp;sensitive</source>
        <translation>包括标记为敏感的案件(&amp;S)</translation>
    </message>
    <message>
        <source>Name &amp;grievants</source>
        <translation>列出申诉人姓名(&amp;G)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Outcomes and months</source>
        <translation>结果和月份</translation>
    </message>
    <message>
        <source>Outcomes by article</source>
        <translation>按条款的结果</translation>
    </message>
    <message>
        <source>Outcomes by type</source>
        <translation>按类型的结果</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间起始</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>用密码保护</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>报告已保存。</translation>
    </message>
    <message>
        <source>Save report &amp;PDF…</source>
        <translation>保存报告 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取数字。</translation>
    </message>
    <message>
        <source>The period starts after its end; choose an earlier “Closed since” date.</source>
        <translation>期间的开始晚于结束；请选择更早的“结案起始日”。</translation>
    </message>
    <message>
        <source>Win rate: won as a share of the cases closed (settlements counted apart). Days: from the first filing to the outcome.</source>
        <translation>胜诉率：胜诉占已结案件的比例（和解另计）。天数：从首次提交到结果。</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
</context>
<context>
    <name>Grievances</name>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>将期限导出为日历文件</translation>
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
            <numerusform>已导出 %n 个期限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grievances</source>
        <translation>
            <numerusform>%n 件申诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>集体合同(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New grievance</source>
        <translation>新建申诉(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>1 grievance</source>
        <translation>1 件申诉</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>任意区域</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>任意申诉阶段</translation>
    </message>
    <message>
        <source>Any steward</source>
        <translation>任意工会代表</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Committee re&amp;view</source>
        <translation>委员会审查(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines (.ics)…</source>
        <translation>导出期限 (.ics)(&amp;X)…</translation>
    </message>
    <message>
        <source>Grievances</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>信函模板(&amp;M)…</translation>
    </message>
    <message>
        <source>No deadline overdue</source>
        <translation>没有逾期的期限</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>申诉阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ste&amp;ward:</source>
        <translation>工会代表(&amp;W)：</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>申诉阶段</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>工会代表</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>include grievants&apos; names</source>
        <translation>包括申诉人姓名</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n 件逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>Growth chart</source>
        <translation>增长图表</translation>
    </message>
    <message>
        <source>{label}: nobody works in these areas yet</source>
        <translation>{label}：这些区域还没有人工作</translation>
    </message>
</context>
<context>
    <name>GrowthLists</name>
    <message>
        <source>below 1:10</source>
        <translation>低于 1:10</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message numerus="yes">
        <source>%n areas ticked; the chart compares the first {max} (untick some to choose).</source>
        <translation>
            <numerusform>已勾选 %n 个区域；图表只比较前 {max} 个（取消勾选一些来选择）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>数字(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>时间范围(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作场所(&amp;W)：</translation>
    </message>
    <message>
        <source>Areas to compare</source>
        <translation>要比较的区域</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message numerus="yes">
        <source>Compare areas (up to %n):</source>
        <translation>
            <numerusform>比较区域（最多 %n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every area as of {day}: {below} below the 1:10 committee target (listed first).</source>
        <translation>截至 {day} 的所有区域：{below} 个低于委员会 1:10 目标（列在最前）。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Figures by area</source>
        <translation>各区域数字</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>前进(&amp;W)</translation>
    </message>
    <message>
        <source>Forum Kit guide</source>
        <translation>Forum Kit 指南</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>指南正文</translation>
    </message>
    <message>
        <source>Making the quick start…</source>
        <translation>正在生成快速入门…</translation>
    </message>
    <message>
        <source>Parts of the guide</source>
        <translation>指南各部分</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>保存快速入门 (PDF)(&amp;Q)…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the quick start (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>已将快速入门（%n 页）保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The quick start was not saved: {error}</source>
        <translation>快速入门未保存：{error}</translation>
    </message>
</context>
<context>
    <name>HazardsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Dealt with &amp;today</source>
        <translation>今天已处理(&amp;T)</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Hazards of the area</source>
        <translation>该区域的隐患</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>新建隐患</translation>
    </message>
    <message>
        <source>Note a hazard:</source>
        <translation>记录隐患：</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>e.g. loading bay over 30 °C in summer</source>
        <translation>例如：夏天装卸区超过 30 °C</translation>
    </message>
</context>
<context>
    <name>HazardsModel</name>
    <message>
        <source>not yet</source>
        <comment>a hazard not dealt with yet</comment>
        <translation>尚未处理</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this page</source>
        <translation>本页指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>First ste&amp;ps (walk-through)…</source>
        <translation>新手起步（分步引导）(&amp;P)…</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>术语表(&amp;L)</translation>
    </message>
    <message>
        <source>Getting &amp;started</source>
        <translation>开始使用(&amp;S)</translation>
    </message>
    <message>
        <source>Safety &amp;first</source>
        <translation>安全第一(&amp;F)</translation>
    </message>
    <message>
        <source>Save the &amp;quick start (PDF)…</source>
        <translation>保存快速入门 (PDF)(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <source>Import a chart</source>
        <translation>导入摸底表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt *.tsv);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.ods *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Grievance:</source>
        <translation>申诉(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Add a &amp;witness…</source>
        <translation>添加证人(&amp;W)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Log retaliation</source>
        <translation>记录报复</translation>
    </message>
    <message>
        <source>Member targeted</source>
        <translation>受报复的成员</translation>
    </message>
    <message>
        <source>Sensitive (kept out of exports and bundles unless chosen)</source>
        <translation>敏感（除非选中，否则不进入导出和数据包）</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>发生了什么(&amp;H)：</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Who from ma&amp;nagement:</source>
        <translation>管理层中是谁(&amp;N)：</translation>
    </message>
    <message>
        <source>Who from management</source>
        <translation>管理层中是谁</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>证人：</translation>
    </message>
</context>
<context>
    <name>KeeperDialog</name>
    <message>
        <source>Trust a chart keeper</source>
        <translation>信任摸底保管人</translation>
    </message>
</context>
<context>
    <name>LeafletForm</name>
    <message numerus="yes">
        <source>&apos;{code}&apos; (second language): %n word(s)</source>
        <translation>
            <numerusform>“{code}”（第二语言）：%n 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{code}&apos;: %n word(s)</source>
        <translation>
            <numerusform>“{code}”：%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>A blank line separates paragraphs</source>
        <translation>空一行来分隔段落</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>How to reach you: a phone, an e-mail, a name</source>
        <translation>联系方式：电话、电子邮件或姓名</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>图片文件…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>On the back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>One demand per line</source>
        <translation>每行一条诉求</translation>
    </message>
    <message>
        <source>PNG or JPEG file</source>
        <translation>PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Who we are, in this language</source>
        <translation>我们是谁（用该语言）</translation>
    </message>
    <message>
        <source>Words of the leaflet</source>
        <translation>传单文字</translation>
    </message>
    <message>
        <source>e.g. The night shift committee of the depot</source>
        <translation>例如：仓库夜班委员会</translation>
    </message>
    <message>
        <source>visual: choose an image file, or a pictogram.</source>
        <translation>图片：请选择图片文件或图标。</translation>
    </message>
    <message>
        <source>words: Forum Kit has no leaflet words in {languages} yet. Write them in that language under “Words of the leaflet” (marked in red); nothing is printed in English instead.</source>
        <translation>文字：Forum Kit 还没有 {languages} 的传单用词。请在“传单文字”下用该语言填写（红色标出）；不会改用英文印出。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> 并设密码 (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Information asked for:</source>
        <translation>索取的信息(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>信函(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>新日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>记录为已发送(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>答复截止(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Terms agreed:</source>
        <translation>商定的条款(&amp;T)：</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>商定对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Agreed o&amp;n:</source>
        <translation>商定日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>期限(&amp;L)：</translation>
    </message>
    <message>
        <source>Fill &amp;again from the case</source>
        <translation>重新从案件填写(&amp;A)</translation>
    </message>
    <message>
        <source>Grievance letter</source>
        <translation>申诉信函</translation>
    </message>
    <message>
        <source>Keep this letter on the case, dated as above</source>
        <translation>将此信函保留在案件上，日期如上</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>信函正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>信函正文</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {n}.</source>
        <translation>已发送到打印机的页数：{n}。</translation>
    </message>
    <message>
        <source>Protect with a &amp;password</source>
        <translation>用密码保护(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Saved{how}.</source>
        <translation>已保存{how}。</translation>
    </message>
    <message>
        <source>Sent on {day}. {effect}</source>
        <translation>已于 {day} 发送。{effect}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The earliest open deadline</source>
        <translation>最早的未结期限</translation>
    </message>
    <message>
        <source>The employer&apos;s answer</source>
        <translation>雇主的答复</translation>
    </message>
    <message>
        <source>The letter could not be built.</source>
        <translation>无法生成信函。</translation>
    </message>
    <message>
        <source>The text keeps your edits; “Fill again” replaces them.</source>
        <translation>正文会保留您的修改；“重新填写”会替换它们。</translation>
    </message>
    <message>
        <source>The union&apos;s filing or appeal</source>
        <translation>工会的提交或上诉</translation>
    </message>
    <message>
        <source>When recording, also: {effect}</source>
        <translation>记录时还会：{effect}</translation>
    </message>
    <message>
        <source>e.g. HR manager, in writing</source>
        <translation>例如人事经理，书面</translation>
    </message>
    <message>
        <source>one item a line, e.g. the overtime sheets for March</source>
        <translation>每行一项，例如三月份的加班表</translation>
    </message>
    <message>
        <source>⚠ Not filled from the case: {words}. The letter prints “[missing: …]” there: fill them in the case or in the letter.</source>
        <translation>⚠ 未从案件填写：{words}。信函在这些地方会打印“[missing: …]”：请在案件或信函中填写。</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>&amp;New letter…</source>
        <translation>新建信函(&amp;N)…</translation>
    </message>
    <message>
        <source>(what it recorded on the case, such as a filing or an appeal, stays)</source>
        <translation>（它在案件上记录的内容，如提交或上诉，会保留）</translation>
    </message>
    <message>
        <source>Building the fact sheet…</source>
        <translation>正在生成情况表…</translation>
    </message>
    <message>
        <source>Case &amp;fact sheet…</source>
        <translation>案件情况表(&amp;F)…</translation>
    </message>
    <message>
        <source>Fact sheet saved.</source>
        <translation>情况表已保存。</translation>
    </message>
    <message>
        <source>Letter recorded on the case.</source>
        <translation>信函已记录到案件上。</translation>
    </message>
    <message>
        <source>Letters are filled from the case with the contract&apos;s own dates. Change the wording of each kind of letter with “Letter templates…” on the Grievances page.</source>
        <translation>信函会用案件内容和集体合同自己的日期填写。要修改每类信函的措辞，请在“申诉”页面使用“信函模板…”。</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>已发送的信函</translation>
    </message>
    <message>
        <source>Open / print a&amp;gain…</source>
        <translation>重新打开／打印(&amp;G)…</translation>
    </message>
    <message>
        <source>Protect the fact sheet with a password</source>
        <translation>用密码保护情况表</translation>
    </message>
    <message>
        <source>Take off the &amp;record…</source>
        <translation>从记录中撤下(&amp;R)…</translation>
    </message>
    <message>
        <source>The fact sheet could not be built.</source>
        <translation>无法生成情况表。</translation>
    </message>
    <message>
        <source>The letter is no longer on the case&apos;s record.</source>
        <translation>该信函已不在案件记录上。</translation>
    </message>
    <message>
        <source>the copy of the letter kept on the case</source>
        <translation>保存在案件上的信函副本</translation>
    </message>
    <message>
        <source>this letter&apos;s record</source>
        <translation>此信函的记录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Forum Kit</source>
        <translation>关于 Forum Kit(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>全局搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Its files, its folder or the disk cannot be written.</source>
        <translation>无法写入其文件、文件夹或磁盘。</translation>
    </message>
    <message>
        <source>Quit Forum Kit</source>
        <translation>退出 Forum Kit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>全局搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>This kind of item has no page yet.</source>
        <translation>此类项目还没有页面。</translation>
    </message>
    <message>
        <source>This vault is read-only: it is open for reading only and nothing in it can be changed. To make changes, copy the vault folder to a place you can write to.</source>
        <translation>此保险库为只读：只能打开阅读，其中内容都无法更改。要进行更改，请把保险库文件夹复制到可写入的位置。</translation>
    </message>
    <message>
        <source>Vault: {name} — {state}</source>
        <translation>保险库：{name} — {state}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>unlocked, read-only</source>
        <translation>已解锁，只读</translation>
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
        <translation>坚守的数字(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>指示(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Red lines:</source>
        <translation>底线(&amp;R)：</translation>
    </message>
    <message>
        <source>(no motion recorded)</source>
        <translation>（未记录动议）</translation>
    </message>
    <message>
        <source>Council agenda &amp;item:</source>
        <translation>联席会议议程项(&amp;I)：</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>到期日(&amp;X)：</translation>
    </message>
    <message>
        <source>Forum&apos;s &amp;motion:</source>
        <translation>基层会议动议(&amp;M)：</translation>
    </message>
    <message>
        <source>Pass a mandate</source>
        <translation>通过授权</translation>
    </message>
    <message>
        <source>What the delegate must never agree to</source>
        <translation>代表绝不能同意的事项</translation>
    </message>
    <message>
        <source>e.g. 5% pay rise, no fewer than 12 on the line</source>
        <translation>例如加薪 5%，产线上不少于 12 人</translation>
    </message>
</context>
<context>
    <name>MandateState</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已汇报</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten})</source>
        <translation>需要 {target} 名中的 {members} 名（{ratio}，目标 1:{ten}）</translation>
    </message>
    <message>
        <source>{members} of {target} needed ({ratio}, target 1:{ten}) — {short} short</source>
        <translation>需要 {target} 名中的 {members} 名（{ratio}，目标 1:{ten}）— 还差 {short} 名</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>添加区域(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作场所(&amp;W)：</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <source>Add &amp;below…</source>
        <translation>在下方添加(&amp;B)…</translation>
    </message>
    <message>
        <source>Add &amp;person here…</source>
        <translation>在此添加人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a workplace to start.</source>
        <translation>添加一个工作场所以开始。</translation>
    </message>
    <message>
        <source>Add an area (department, line, shift…).</source>
        <translation>添加区域（部门、产线、班次…）。</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Add neighbourhood</source>
        <translation>添加社区</translation>
    </message>
    <message>
        <source>Add neighbourhood…</source>
        <translation>添加社区…</translation>
    </message>
    <message>
        <source>Add wor&amp;kplace…</source>
        <translation>添加工作场所(&amp;K)…</translation>
    </message>
    <message>
        <source>Add workplace</source>
        <translation>添加工作场所</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Cha&amp;rt</source>
        <translation>摸底(&amp;R)</translation>
    </message>
    <message>
        <source>Chart of the area</source>
        <translation>区域摸底</translation>
    </message>
    <message>
        <source>Delete neighbo&amp;urhood…</source>
        <translation>删除社区(&amp;U)…</translation>
    </message>
    <message>
        <source>Delete workpla&amp;ce…</source>
        <translation>删除工作场所(&amp;C)…</translation>
    </message>
    <message>
        <source>Door-knocks, last 90 days:</source>
        <translation>上门走访（近 90 天）：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>Name of the street, estate or building:</source>
        <translation>街道、小区或楼栋名称：</translation>
    </message>
    <message>
        <source>Name of the workplace:</source>
        <translation>工作场所名称：</translation>
    </message>
    <message>
        <source>Ne&amp;ighbourhood:</source>
        <translation>社区(&amp;I)：</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>One-on-ones, last 90 days:</source>
        <translation>一对一谈话（近 90 天）：</translation>
    </message>
    <message>
        <source>Pictur&amp;e</source>
        <translation>图(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>重命名区域</translation>
    </message>
    <message>
        <source>Residents:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <source>Structure &amp;tests…</source>
        <translation>组织测试(&amp;T)…</translation>
    </message>
    <message>
        <source>Supporters (%1):</source>
        <translation>支持者（%1）：</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
    <message numerus="yes">
        <source>nothing about its %n person(s) or grievance(s): they move to an area you choose</source>
        <translation>
            <numerusform>不会删除其中 %n 个人员或申诉的任何信息：他们将移到你选择的区域</numerusform>
        </translation>
    </message>
    <message>
        <source>this area</source>
        <translation>此区域</translation>
    </message>
    <message>
        <source>this neighbourhood</source>
        <translation>此社区</translation>
    </message>
    <message>
        <source>this workplace</source>
        <translation>此工作场所</translation>
    </message>
</context>
<context>
    <name>MapPicture</name>
    <message>
        <source>&amp;Zone:</source>
        <translation>标记区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Arrange &amp;tiles</source>
        <translation>排列图块(&amp;T)</translation>
    </message>
    <message>
        <source>B&amp;y headcount</source>
        <translation>按人数(&amp;Y)</translation>
    </message>
    <message>
        <source>Click a tile to choose an area.</source>
        <translation>点击图块以选择区域。</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>危险区</translation>
    </message>
    <message>
        <source>Drag a tile to move it; drag its lower right corner to resize it.</source>
        <translation>拖动图块可移动；拖动其右下角可调整大小。</translation>
    </message>
    <message>
        <source>Floor &amp;plan</source>
        <translation>平面图(&amp;P)</translation>
    </message>
    <message>
        <source>Free zone</source>
        <translation>安全区</translation>
    </message>
    <message>
        <source>Hazard&amp;s (%1)…</source>
        <translation>隐患(%1)(&amp;S)…</translation>
    </message>
    <message>
        <source>Hazard&amp;s…</source>
        <translation>隐患(&amp;S)…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>骨干</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>无标记区</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>示意图：</translation>
    </message>
    <message>
        <source>Show &amp;its chart</source>
        <translation>显示其摸底(&amp;I)</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Unreached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Why the zone is free or dangerous, e.g. the supervisor&apos;s office looks onto it</source>
        <translation>为什么该区域安全或危险，例如主管办公室能看到那里</translation>
    </message>
    <message>
        <source>Why the zone is marked</source>
        <translation>标记该区域的原因</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>标记区</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>标记区</translation>
    </message>
    <message>
        <source>why?</source>
        <translation>为什么？</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column holds. Unmatched columns are ignored.</source>
        <translation>请检查每一列的内容。未匹配的列将被忽略。</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>推测</translation>
    </message>
    <message>
        <source>the mapping you used last time</source>
        <translation>你上次使用的映射</translation>
    </message>
    <message>
        <source>{n} rows read; header on line {line}. Columns matched by {how}.</source>
        <translation>已读取 {n} 行；表头在第 {line} 行。列按{how}匹配。</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>跟进日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Help on:</source>
        <translation>帮助日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>(the chosen offer&apos;s member)</source>
        <translation>（所选提供的成员）</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Help on</source>
        <translation>帮助日期</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>帮手</translation>
    </message>
    <message>
        <source>Match a need</source>
        <translation>为需求配对</translation>
    </message>
    <message>
        <source>No standing offer fits: ask a member directly.</source>
        <translation>没有合适的长期提供：请直接询问成员。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Offers that fit</source>
        <translation>合适的提供</translation>
    </message>
    <message>
        <source>Offers that fit, nearest first:</source>
        <translation>合适的提供，最近的在前：</translation>
    </message>
    <message>
        <source>Or a &amp;member:</source>
        <translation>或一位成员(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>安排会议</translation>
    </message>
    <message>
        <source>e.g. union hall, canteen after the late shift</source>
        <translation>例如工会会所、晚班后的食堂</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n 人出席</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>保存会议记录(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>, %n guest(s)</source>
        <translation>
            <numerusform>，%n 位来宾</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>出席情况(&amp;T)…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>添加议程项(&amp;I)…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Choose a meeting, or schedule one.</source>
        <translation>请选择一次会议，或安排一次会议。</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>动议</translation>
    </message>
    <message>
        <source>Motions and results</source>
        <translation>动议和结果</translation>
    </message>
    <message>
        <source>Record a &amp;motion…</source>
        <translation>记录动议(&amp;M)…</translation>
    </message>
    <message>
        <source>Title of the agenda item:</source>
        <translation>议程项标题：</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作场所(&amp;W)：</translation>
    </message>
    <message>
        <source>(not in the chart)</source>
        <translation>（不在摸底中）</translation>
    </message>
    <message>
        <source>Add a steward to the committee</source>
        <translation>向委员会添加工会代表</translation>
    </message>
    <message>
        <source>Areas of the scope</source>
        <translation>范围内的区域</translation>
    </message>
    <message>
        <source>Change a member&apos;s scope</source>
        <translation>更改成员的范围</translation>
    </message>
    <message>
        <source>May see people, notes and cases marked &amp;sensitive</source>
        <translation>可查看标为敏感的人员、笔记和案件(&amp;S)</translation>
    </message>
    <message>
        <source>Only these &amp;areas (with all under them):</source>
        <translation>仅这些区域（含其下所有区域）(&amp;A)：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>The &amp;whole workplace</source>
        <translation>整个工作场所(&amp;W)</translation>
    </message>
    <message>
        <source>The steward &amp;is:</source>
        <translation>工会代表是(&amp;I)：</translation>
    </message>
    <message>
        <source>The steward in the chart</source>
        <translation>摸底中的工会代表</translation>
    </message>
</context>
<context>
    <name>MotionDialog</name>
    <message>
        <source>&amp;Counted vote</source>
        <translation>计票表决(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>赞成(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Motion:</source>
        <translation>动议(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>（无议程项）</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>弃权(&amp;B)：</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>反对(&amp;G)：</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>议程项(&amp;I)：</translation>
    </message>
    <message>
        <source>Record a motion</source>
        <translation>记录动议</translation>
    </message>
    <message>
        <source>The motion as put to the meeting</source>
        <translation>提交会议表决的动议原文</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>表决：</translation>
    </message>
</context>
<context>
    <name>MutualAidPage</name>
    <message>
        <source> with a password (AES-256)</source>
        <translation> 并设密码 (AES-256)</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>关闭(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log an incident…</source>
        <translation>记录事件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>配对(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>需求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>提供(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Plan a check-in…</source>
        <translation>安排回访(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>入账(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print for a lawyer…</source>
        <translation>打印给律师(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Record exchange…</source>
        <translation>记录交换(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Retaliation log</source>
        <translation>报复记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Time bank</source>
        <translation>时间银行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>: nobody has called yet.</source>
        <translation>：还没有人打过电话。</translation>
    </message>
    <message>
        <source>Add a workplace or a neighbourhood on the Map page.</source>
        <translation>请在地图页添加工作场所或社区。</translation>
    </message>
    <message>
        <source>An hour is an hour; accounts may go {floor} below zero.</source>
        <translation>一小时就是一小时；账户最多可透支 {floor}。</translation>
    </message>
    <message>
        <source>Asks and offers &amp;sheet…</source>
        <translation>需求与提供表(&amp;S)…</translation>
    </message>
    <message>
        <source>Balance {b} · in {i} · out {o}</source>
        <translation>余额 {b} · 收入 {i} · 支出 {o}</translation>
    </message>
    <message>
        <source>Chec&amp;k-ins</source>
        <translation>回访(&amp;K)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Choose a member&apos;s account first.</source>
        <translation>请先选择一个成员账户。</translation>
    </message>
    <message>
        <source>Choose a place first (add one on the Map page).</source>
        <translation>请先选择一个地点（在地图页添加）。</translation>
    </message>
    <message>
        <source>Choose a place first.</source>
        <translation>请先选择一个地点。</translation>
    </message>
    <message>
        <source>Choose an exchange in the list.</source>
        <translation>请在列表中选择一项交换。</translation>
    </message>
    <message>
        <source>Choose the member to check on.</source>
        <translation>请选择要回访的成员。</translation>
    </message>
    <message>
        <source>Choose who gave the hours and who received them.</source>
        <translation>请选择谁给出了时数、谁接受了时数。</translation>
    </message>
    <message>
        <source>Close &amp;account</source>
        <translation>关闭账户(&amp;A)</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>关闭账户</translation>
    </message>
    <message>
        <source>E&amp;xport needs and offers…</source>
        <translation>导出需求与提供(&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Export &amp;sensitive incidents too (each one is sensitive unless said otherwise)</source>
        <translation>也导出敏感事件(&amp;S)（除非另有说明，每个事件都是敏感的）</translation>
    </message>
    <message>
        <source>Export needs and offers</source>
        <translation>导出需求与提供</translation>
    </message>
    <message>
        <source>Export the retaliation log</source>
        <translation>导出报复记录</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>数据(&amp;I)</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>基金(&amp;U)</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>跟进完成(&amp;D)</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Fund entries</source>
        <translation>基金条目</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>基金：</translation>
    </message>
    <message>
        <source>Incidents are evidence for a lawyer or a tribunal: date, what happened, who from management, and the coworkers who saw it.</source>
        <translation>事件是交给律师或仲裁庭的证据：日期、发生了什么、管理层中是谁，以及看到的工友。</translation>
    </message>
    <message>
        <source>Matc&amp;hes</source>
        <translation>配对(&amp;H)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>Mutual aid figures</source>
        <translation>互助数据</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>基金名称：</translation>
    </message>
    <message>
        <source>Name of the time bank:</source>
        <translation>时间银行名称：</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Needs raised, needs met within a week of being raised, people who helped and the fund&apos;s grants, per {area} and month; the rows marked &quot;Whole place&quot; add money in and out of the fund.</source>
        <translation>按{area}和月份统计的提出需求、一周内满足的需求、提供帮助的人数和基金补助；标为“整个地点”的行加上基金的收入和支出。</translation>
    </message>
    <message>
        <source>New &amp;fund…</source>
        <translation>新建基金(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>新建需求(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>新建提供(&amp;O)…</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>新建基金</translation>
    </message>
    <message>
        <source>New time &amp;bank…</source>
        <translation>新建时间银行(&amp;B)…</translation>
    </message>
    <message>
        <source>New time bank</source>
        <translation>新建时间银行</translation>
    </message>
    <message>
        <source>No fund yet: open one with New fund.</source>
        <translation>还没有基金：请用“新建基金”开立一个。</translation>
    </message>
    <message>
        <source>No time bank yet: open one with New time bank.</source>
        <translation>还没有时间银行：请用“新建时间银行”开立一个。</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>打开此人(&amp;P)</translation>
    </message>
    <message>
        <source>Open a fund first (New fund).</source>
        <translation>请先开立基金（新建基金）。</translation>
    </message>
    <message>
        <source>Open a time bank first (New time bank).</source>
        <translation>请先开立时间银行（新建时间银行）。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Print &amp;names (only of members who agreed)</source>
        <translation>打印姓名（仅限同意的成员）(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>冲销(&amp;V)</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>记录结果(&amp;O)…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Retaliation log</source>
        <translation>报复记录</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>冲销条目</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Saved {path}{how}. It carries {what}.</source>
        <translation>已保存 {path}{how}。其中含有{what}。</translation>
    </message>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>也显示已完成的(&amp;D)</translation>
    </message>
    <message>
        <source>The member left? Their account takes no new exchanges; its history is kept.</source>
        <translation>成员离开了？其账户不再接受新的交换；历史保留。</translation>
    </message>
    <message>
        <source>The retaliation log names members and witnesses: it is saved only with a password (AES-256). Give the password to the lawyer separately.</source>
        <translation>报复记录中有成员和证人的姓名：只能带密码（AES-256）保存。请另行把密码交给律师。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>两次输入的密码不一致；未保存任何内容。</translation>
    </message>
    <message>
        <source>Time bank</source>
        <translation>时间银行</translation>
    </message>
    <message>
        <source>Time bank:</source>
        <translation>时间银行：</translation>
    </message>
    <message>
        <source>Time-bank accounts</source>
        <translation>时间银行账户</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>为什么更正？</translation>
    </message>
    <message>
        <source>Witnesses: {w}</source>
        <translation>证人：{w}</translation>
    </message>
    <message>
        <source>Wrote {rows} to {path}.</source>
        <translation>已将 {rows} 写入 {path}。</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>一位成员</translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation>回访已逾期</translation>
    </message>
    <message>
        <source>check-ins overdue</source>
        <translation>回访已逾期</translation>
    </message>
    <message>
        <source>no names: only what members agreed the assembly may see</source>
        <translation>不含姓名：仅含成员同意大会可以查看的内容</translation>
    </message>
    <message>
        <source>open need</source>
        <translation>未解决的需求</translation>
    </message>
    <message>
        <source>open needs</source>
        <translation>未解决的需求</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>standing offer</source>
        <translation>长期提供</translation>
    </message>
    <message>
        <source>standing offers</source>
        <translation>长期提供</translation>
    </message>
    <message>
        <source>street or area</source>
        <translation>街道或区域</translation>
    </message>
    <message>
        <source>the member&apos;s name and the names of those they exchanged hours with</source>
        <translation>成员姓名以及与其交换时数者的姓名</translation>
    </message>
    <message>
        <source>the names of members targeted and of witnesses</source>
        <translation>受报复成员和证人的姓名</translation>
    </message>
    <message>
        <source>the names of members who agreed to be named</source>
        <translation>同意具名的成员姓名</translation>
    </message>
    <message>
        <source>{kind} for {who}: {what}</source>
        <translation>{who}的{kind}：{what}</translation>
    </message>
</context>
<context>
    <name>NeedOfferForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>可见者(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指名）</translation>
    </message>
    <message>
        <source>(the member&apos;s area)</source>
        <translation>（该成员的区域）</translation>
    </message>
    <message>
        <source>Anonymous to the committee (nobody named at all)</source>
        <translation>对委员会匿名（完全不指名）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>可提供起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>可提供截止(&amp;U)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Needed &amp;by:</source>
        <translation>需要截止(&amp;B)：</translation>
    </message>
    <message>
        <source>Needed &amp;from:</source>
        <translation>需要起始(&amp;F)：</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>新建需求</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>新建提供</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>内容(&amp;H)：</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>需要什么</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>提供什么</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>谁可以查看</translation>
    </message>
</context>
<context>
    <name>OpenPanel</name>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>打开保险库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>最近的保险库(&amp;R)</translation>
    </message>
    <message>
        <source>No recent vaults on this computer yet.</source>
        <translation>这台电脑上还没有最近使用的保险库。</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>打开所选(&amp;S)</translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .forumkit)</source>
        <translation>打开保险库（以 .forumkit 结尾的文件夹）</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>How did the check-in go?</source>
        <translation>回访情况如何？</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;lose with this outcome</source>
        <translation>以此结果结案(&amp;L)</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已结案。</translation>
    </message>
    <message>
        <source>Closed: {o} {d}</source>
        <translation>已结案：{o} {d}</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Reopened; its deadlines count again.</source>
        <translation>已重新打开；其期限重新计算。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>&amp;Forum:</source>
        <translation>基层会议(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hart sheets:</source>
        <translation>摸底表(&amp;H)：</translation>
    </message>
    <message>
        <source>Chart sheets</source>
        <translation>摸底表</translation>
    </message>
    <message>
        <source>Chart sheets show:</source>
        <translation>摸底表显示：</translation>
    </message>
    <message>
        <source>Council &amp;meetings:</source>
        <translation>联席会议会议(&amp;M)：</translation>
    </message>
    <message>
        <source>Council meetings</source>
        <translation>联席会议会议</translation>
    </message>
    <message>
        <source>Default: the forum&apos;s name</source>
        <translation>默认：基层会议的名称</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>数字截至(&amp;A)：</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <source>items: tick at least one council meeting or one chart sheet.</source>
        <translation>项目：请至少勾选一次联席会议会议或一张摸底表。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Again</source>
        <translation>再输一次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>当前密码短语(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密码短语(&amp;N)</translation>
    </message>
    <message>
        <source>Again: the two new passphrases differ. Type the same one twice.</source>
        <translation>再输一次：两次输入的新密码短语不一致。请输入相同的密码短语两次。</translation>
    </message>
    <message>
        <source>Backup files you wrote elsewhere still open with the old passphrase: delete them, or keep them as safe as it.</source>
        <translation>你在其他地方保存的备份文件仍可用旧密码短语打开：请删除它们，或像保管旧密码短语一样妥善保管。</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>Deriving the new key… about a second.</source>
        <translation>正在生成新密钥…大约一秒。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>生成新的恢复密钥</translation>
    </message>
    <message>
        <source>New passphrase: it is the current one. Choose another.</source>
        <translation>新密码短语：与当前的相同。请另选一个。</translation>
    </message>
    <message>
        <source>New passphrase: use at least {n} characters.</source>
        <translation>新密码短语：请至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>设置新的密码短语</translation>
    </message>
    <message numerus="yes">
        <source>The %n automatic backups, still under the old passphrase, are replaced by one made now. {elsewhere}</source>
        <translation>
            <numerusform>仍使用旧密码短语的 %n 个自动备份已替换为现在新做的一个。{elsewhere}</numerusform>
        </translation>
    </message>
    <message>
        <source>The automatic backups could not be renewed ({message}): those in the vault&apos;s backups folder still open with the old passphrase. {elsewhere}</source>
        <translation>无法更新自动备份（{message}）：保险库 backups 文件夹中的备份仍可用旧密码短语打开。{elsewhere}</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation>当前密码短语错误。未作任何改动；请重试。</translation>
    </message>
    <message>
        <source>The new one is shown once: write it down or print it.</source>
        <translation>新密钥只显示一次：请抄下或打印。</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (unexpected {kind}). Nothing was changed.</source>
        <translation>无法更改密码短语（意外的{kind}）。未作任何改动。</translation>
    </message>
    <message>
        <source>The passphrase is changed. </source>
        <translation>密码短语已更改。 </translation>
    </message>
    <message>
        <source>The recovery key was not accepted. Nothing was changed.</source>
        <translation>恢复密钥未被接受。未作任何改动。</translation>
    </message>
    <message>
        <source>The recovery key you have now stops working at once.</source>
        <translation>你现有的恢复密钥将立即失效。</translation>
    </message>
    <message>
        <source>The vault&apos;s data is not re-encrypted: only the passphrase that unlocks it changes. Backups made before today still open with the old passphrase.</source>
        <translation>保险库的数据不会重新加密：只更改解锁用的密码短语。今天之前的备份仍可用旧密码短语打开。</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>请输入当前密码短语。</translation>
    </message>
    <message>
        <source>You unlocked the vault with its recovery key. Set a new passphrase now, so that you can open it without the key next time. The recovery key keeps working.</source>
        <translation>你是用恢复密钥解锁保险库的。请现在设置新的密码短语，下次就无需密钥即可打开。恢复密钥仍然有效。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>再次(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>用密码保护</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>文档预览</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>预览显示在这里。</translation>
    </message>
</context>
<context>
    <name>PdfSave</name>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>任何拿到该文件的人都能阅读。</translation>
    </message>
    <message>
        <source>Save a PDF with {what} without a password?</source>
        <translation>不设密码保存含有{what}的 PDF？</translation>
    </message>
    <message>
        <source>Tick &apos;Protect with a password&apos; to encrypt it.</source>
        <translation>勾选“用密码保护”即可加密。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>删除人员(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>记录谈话(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>新建人员(&amp;N)</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <source>Add a workplace on the Map page first.</source>
        <translation>请先在“地图”页面添加工作场所。</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>Any assessment</source>
        <translation>任意评估</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Area filter</source>
        <translation>区域筛选</translation>
    </message>
    <message>
        <source>Assessment filter</source>
        <translation>评估筛选</translation>
    </message>
    <message>
        <source>Committee filter</source>
        <translation>委员会筛选</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>语言筛选</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Search names, jobs, notes…</source>
        <translation>搜索姓名、岗位、备注…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>搜索人员</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Stale filter</source>
        <translation>过期筛选</translation>
    </message>
    <message>
        <source>The person you were editing was deleted while the vault was locked; your unsaved changes were dropped.</source>
        <translation>你正在编辑的人员在保险库锁定期间被删除；你未保存的更改已丢弃。</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
    <message>
        <source>their assessment history</source>
        <translation>其评估历史</translation>
    </message>
    <message>
        <source>their conversations and ties</source>
        <translation>其谈话和关系</translation>
    </message>
    <message>
        <source>their details and notes</source>
        <translation>其详细信息和备注</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>leader</source>
        <translation>骨干</translation>
    </message>
    <message>
        <source>unreached</source>
        <translation>未联系上</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>PickContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation>姓名的一部分</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet. It will arrive in a later version; nothing here is stored or shown from your vault.</source>
        <translation>此页面尚未完成。它将在以后的版本中推出；这里不会保存或显示你保险库中的任何内容。</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>It adds: {fields}.</source>
        <translation>它会添加：{fields}。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Checking {n} rows… nothing is written yet.</source>
        <translation>正在检查 {n} 行…尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected (and unsettled) ones</source>
        <translation>导入合格的行，跳过被拒绝（及未决定）的行</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was changed. Go back and check the file and columns.</source>
        <translation>试运行失败；未作任何改动。请返回检查文件和列。</translation>
    </message>
    <message>
        <source>These rows are a person an earlier row names, but say something else. Choose which values to keep, or that they are two people:</source>
        <translation>这些行与前面某行是同一人，但内容不同。请选择保留哪些值，或说明他们是两个人：</translation>
    </message>
    <message>
        <source>{add} to add, {upd} to update, {same} unchanged, {rej} rejected; {areas} new areas; {merged} merged into an earlier row of the same person, {conflicts} to choose.</source>
        <translation>添加 {add}，更新 {upd}，{same} 不变，{rej} 被拒绝；{areas} 个新区域；{merged} 条并入同一人的前面一行，{conflicts} 条待选择。</translation>
    </message>
</context>
<context>
    <name>ProvenanceLabel</name>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall &amp;motion:</source>
        <translation>罢免动议(&amp;M)：</translation>
    </message>
    <message>
        <source>Recall the delegate</source>
        <translation>罢免代表</translation>
    </message>
    <message>
        <source>Term &amp;ends on:</source>
        <translation>任期结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>That recall motion was not carried, so it cannot end the term: choose a carried recall motion.</source>
        <translation>该罢免动议未获通过，因此不能结束任期：请选择已通过的罢免动议。</translation>
    </message>
    <message>
        <source>The recall date is before the delegate&apos;s term started ({day}).</source>
        <translation>罢免日期早于该代表任期开始日期（{day}）。</translation>
    </message>
    <message>
        <source>The recall date is before the meeting that voted the recall ({day}): choose that day or a later one.</source>
        <translation>罢免日期早于表决罢免的会议（{day}）：请选择当天或更晚的日期。</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Forum Kit recovery key

Vault: {vault_name}

{recovery_key}

Keep this page somewhere safe and away from the computer. Anyone holding it and the vault folder can open the vault.</source>
        <translation>Forum Kit 恢复密钥

保险库：{vault_name}

{recovery_key}

请将此页保存在安全的地方，远离电脑。任何同时持有此页和保险库文件夹的人都能打开保险库。</translation>
    </message>
    <message>
        <source>Save the recovery key page</source>
        <translation>保存恢复密钥页</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy the key</source>
        <translation>复制密钥(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Copied. Paste it where you will write it down: the clipboard is cleared in 30 seconds.</source>
        <translation>已复制。请粘贴到你要记下它的地方：剪贴板将在 30 秒后清空。</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>我已抄下或打印了它(&amp;W)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so nothing was printed. Save the page as a PDF to print it elsewhere, or copy the key and write it down.</source>
        <translation>这台电脑没有设置打印机，因此没有打印。请将页面另存为 PDF 到别处打印，或复制密钥后抄下来。</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Saved as a PDF. The file holds the key unencrypted: print it, then delete it (and empty the bin).</source>
        <translation>已另存为 PDF。该文件中的密钥未加密：打印后请删除（并清空回收站）。</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out, and keep it safe, before you tick the box.</source>
        <translation>已发送到打印机。请确认页面已打印出来并妥善保管，然后再勾选。</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another folder.</source>
        <translation>无法在该位置写入 PDF。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The printer reported an error: the page may not have printed. Check the printer, or save the page as a PDF.</source>
        <translation>打印机报告错误：页面可能没有打印出来。请检查打印机，或将页面另存为 PDF。</translation>
    </message>
    <message>
        <source>This recovery key opens the vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from the computer.</source>
        <translation>忘记密码短语时，可用此恢复密钥打开保险库。它只在现在显示。请抄下或打印出来，并远离电脑保存。</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>你的恢复密钥</translation>
    </message>
</context>
<context>
    <name>ReportBackModel</name>
    <message>
        <source>{vote} (not as mandated)</source>
        <translation>{vote}（违背授权）</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Delegate:</source>
        <translation>代表(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>授权(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Report back on the mandate</source>
        <translation>就授权述职汇报</translation>
    </message>
    <message>
        <source>Reported &amp;on:</source>
        <translation>汇报日期(&amp;O)：</translation>
    </message>
    <message>
        <source>The delegate&apos;s notes (stay in this vault)</source>
        <translation>代表的备注（保留在本保险库中）</translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation>联席会议的决定</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source> (needs change {n})</source>
        <translation> （需要第 {n} 项更改）</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep yours</source>
        <translation>保留您的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it.</source>
        <translation>任何拿到该文件的人都能阅读。</translation>
    </message>
    <message>
        <source>Appl&amp;y decisions</source>
        <translation>应用决定(&amp;Y)</translation>
    </message>
    <message>
        <source>Change {n} cannot be applied: {why}. Decline it.</source>
        <translation>第 {n} 项更改无法应用：{why}。请拒绝它。</translation>
    </message>
    <message>
        <source>Change {n} needs change {m}, which you declined.</source>
        <translation>第 {n} 项更改依赖您已拒绝的第 {m} 项。</translation>
    </message>
    <message>
        <source>Changes applied: {a}; declined: {d}. Declined changes go back to the steward, marked declined, in their next copy.</source>
        <translation>已应用 {a} 项更改，拒绝 {d} 项。被拒绝的更改会标为已拒绝，在工会代表的下一份副本中退回给他们。</translation>
    </message>
    <message>
        <source>Changes in the report</source>
        <translation>报告中的更改</translation>
    </message>
    <message>
        <source>Decide every change first ({n} left).</source>
        <translation>请先对每项更改作出决定（还剩 {n} 项）。</translation>
    </message>
    <message>
        <source>Decline all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <source>Every change with its state, the three values and your decisions so far, on paper for the committee meeting</source>
        <translation>每项更改及其状态、三个值和您目前的决定，打印出来供委员会开会用</translation>
    </message>
    <message>
        <source>Report from {steward}, written {written}. Changes: {n}; conflicts: {conflicts}. Nothing is written until you apply your decisions.</source>
        <translation>来自 {steward} 的报告，写于 {written}。{n} 项更改，{conflicts} 处冲突。应用您的决定之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Review a field report</source>
        <translation>审核现场报告</translation>
    </message>
    <message>
        <source>Review sheet saved: {path}</source>
        <translation>审核表已保存：{path}</translation>
    </message>
    <message>
        <source>Save a PDF with coworkers&apos; full names without a password?</source>
        <translation>不设密码就保存含工友全名的 PDF 吗？</translation>
    </message>
    <message>
        <source>Save review &amp;sheet (PDF)…</source>
        <translation>保存审核表（PDF）(&amp;S)…</translation>
    </message>
    <message>
        <source>Saving the review sheet…</source>
        <translation>正在保存审核表…</translation>
    </message>
    <message>
        <source>Take the &amp;steward&apos;s</source>
        <translation>采用工会代表的版本(&amp;S)</translation>
    </message>
    <message>
        <source>The review sheet could not be saved. Check the folder and try again.</source>
        <translation>无法保存审核表。请检查文件夹后重试。</translation>
    </message>
    <message>
        <source>Values of the change</source>
        <translation>更改的值</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported: {add} added, {upd} updated, {merged} merged, {skip} skipped.</source>
        <translation>已导入：添加 {add}，更新 {upd}，合并 {merged}，跳过 {skip}。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Importing… the vault changes only when all rows are in.</source>
        <translation>正在导入…所有行都导入后保险库才会改变。</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation>导入失败，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>%1 to %2 levels, strongest support at the top; ticked levels count as support (now: %3). Taking a level off the scale never changes its history: it reads as the level you choose.</source>
        <translation>%1 至 %2 个等级，最强支持在最上面；勾选的等级计为支持（当前：%3）。从量表中去掉一个等级不会改变其历史记录：它将按您选择的等级读取。</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
        <source>1 is the strongest opposition</source>
        <translation>1 为最强反对</translation>
    </message>
    <message>
        <source>1 is the strongest support</source>
        <translation>1 为最强支持</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Counts as support</source>
        <translation>计为支持</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label of level %1</source>
        <translation>等级 %1 的标签</translation>
    </message>
    <message>
        <source>Label of unassessed</source>
        <translation>未评估的标签</translation>
    </message>
    <message>
        <source>Meaning of level %1</source>
        <translation>等级 %1 的含义</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>编号(&amp;U)：</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新建等级</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>What %1 reads as</source>
        <translation>%1 读作</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>its history reads as</source>
        <translation>其历史读作</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Nothing matches. Search looks at names, job titles, shifts, languages, notes, conversations, grievances and areas. Case and accents do not matter, and names can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.</source>
        <translation>没有匹配项。搜索范围包括姓名、职位、班次、语言、备注、谈话、申诉和区域。不区分大小写和重音，姓名可以用普通字母输入：lukasz 可找到 Łukasz，strasse 可找到 Straße，ivan 可找到 Иван。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search is not available in this version yet.</source>
        <translation>此版本尚不支持搜索。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Still indexing the copy&apos;s one-on-one notes: some conversations may be missing. Search again in a moment.</source>
        <translation>副本的一对一谈话笔记仍在建立索引：部分谈话可能暂时搜不到。请稍后再搜索。</translation>
    </message>
    <message>
        <source>Type in the search box and press Enter.</source>
        <translation>在搜索框中输入内容并按 Enter。</translation>
    </message>
    <message>
        <source>{n} found. Press Enter or double-click to open one.</source>
        <translation>找到 {n} 项。按 Enter 或双击打开。</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message numerus="yes">
        <source>%n checks failed: reinstall Forum Kit.</source>
        <translation>
            <numerusform>%n 项检查未通过：请重新安装 Forum Kit。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything needed is in place.</source>
        <translation>所需的一切都已就绪。</translation>
    </message>
    <message>
        <source>Forum Kit self-check (Qt platform: {platform})</source>
        <translation>Forum Kit 自检（Qt 平台：{platform}）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>memory after a lock</source>
        <translation>锁定后的内存</translation>
    </message>
    <message>
        <source>no application icon in the resources folder</source>
        <translation>资源文件夹中没有应用程序图标</translation>
    </message>
    <message>
        <source>no licence texts in the resources folder</source>
        <translation>资源文件夹中没有许可证文本</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>program files</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <source>vault schema</source>
        <translation>保险库结构</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Setting &apos;{key}&apos; must be a {name}.</source>
        <translation>设置“{key}”必须是{name}。</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at least {minimum}.</source>
        <translation>设置“{key}”不能小于 {minimum}。</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be at most {maximum}.</source>
        <translation>设置“{key}”不能大于 {maximum}。</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; must be one of: {choices}.</source>
        <translation>设置“{key}”必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; needs a value.</source>
        <translation>设置“{key}”需要一个值。</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>未知的设置“{key}”。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>空闲多久后锁定（分钟）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>无人(&amp;N)</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>（未选择任何人）</translation>
    </message>
    <message>
        <source>(none: ask each time)</source>
        <translation>（无：每次询问）</translation>
    </message>
    <message>
        <source>A new language applies the next time Forum Kit starts.</source>
        <translation>新语言将在 Forum Kit 下次启动时生效。</translation>
    </message>
    <message>
        <source>Assessment is &amp;stale after (days)</source>
        <translation>评估在多少天后过期(&amp;S)</translation>
    </message>
    <message>
        <source>Assessment scale</source>
        <translation>评估等级表</translation>
    </message>
    <message>
        <source>Automatic &amp;backup every (hours)</source>
        <translation>自动备份间隔（小时）(&amp;B)</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept</source>
        <translation>保留的自动备份数(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>更改密码短语(&amp;P)…</translation>
    </message>
    <message>
        <source>Deadline is &amp;due soon within (working days)</source>
        <translation>期限在多少个工作日内视为即将到期(&amp;D)</translation>
    </message>
    <message>
        <source>Default &amp;workplace</source>
        <translation>默认工作场所(&amp;W)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>生成新的恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>系统默认（{language}）</translation>
    </message>
    <message>
        <source>The person in this vault who uses it: preselected as who talked in a one-on-one, and recorded as who made an assessment.</source>
        <translation>本保险库中使用它的人：在一对一谈话中预先选为谈话人，并记录为评估人。</translation>
    </message>
    <message>
        <source>The scale cannot be edited yet.</source>
        <translation>评估等级表暂时无法编辑。</translation>
    </message>
    <message>
        <source>Vault and me</source>
        <translation>保险库和我</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>未知的设置“{key}”。</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>at least {n}</source>
        <translation>至少 {n}</translation>
    </message>
    <message>
        <source>fewer than {n}</source>
        <translation>少于 {n}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>A&amp;ppeal to next step…</source>
        <translation>上诉至下一申诉阶段(&amp;P)…</translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation>添加延期(&amp;X)…</translation>
    </message>
    <message>
        <source>Appeal filed on:</source>
        <translation>上诉提交日期：</translation>
    </message>
    <message>
        <source>Appeal to the next step</source>
        <translation>上诉至下一申诉阶段</translation>
    </message>
    <message>
        <source>Appealed; deadlines recomputed from the contract.</source>
        <translation>已上诉；已根据集体合同重新计算期限。</translation>
    </message>
    <message>
        <source>Current step: {step} (contract: {contract})</source>
        <translation>当前申诉阶段：{step}（集体合同：{contract}）</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Employer&apos;s answer deadline</source>
        <translation>雇主答复期限</translation>
    </message>
    <message>
        <source>Extension recorded; the deadline moved.</source>
        <translation>延期已记录；期限已顺延。</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Filing / appeal deadline</source>
        <translation>提交／上诉期限</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>未结期限</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>记录答复(&amp;A)…</translation>
    </message>
    <message>
        <source>Record &amp;filing…</source>
        <translation>记录提交(&amp;F)…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>记录提交</translation>
    </message>
    <message>
        <source>Recorded; deadlines recomputed.</source>
        <translation>已记录；期限已重新计算。</translation>
    </message>
    <message>
        <source>Step history</source>
        <translation>申诉阶段历史</translation>
    </message>
    <message>
        <source>Written extensions</source>
        <translation>书面延期</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>It contains common words, keyboard runs or repeated characters.</source>
        <translation>它包含常用词、键盘连续键或重复字符。</translation>
    </message>
    <message>
        <source>It uses only a few different characters.</source>
        <translation>它只用了少数几种不同的字符。</translation>
    </message>
    <message>
        <source>Long and varied.</source>
        <translation>长且多样。</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>太短：请至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>请输入密码短语。</translation>
    </message>
    <message>
        <source>Use several unrelated words, or mix letters, digits and symbols.</source>
        <translation>请使用几个不相关的词，或混合字母、数字和符号。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Use at least 12 characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>请至少使用 12 个字符；四个或更多不相关的词容易记又难猜。</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message numerus="yes">
        <source>%n unrelated words; each extra word makes it much stronger.</source>
        <translation>
            <numerusform>%n 个不相关的词；每多一个词都会大大增强强度。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureTestDialog</name>
    <message>
        <source>Structure tests</source>
        <translation>组织测试</translation>
    </message>
</context>
<context>
    <name>StructureTestLists</name>
    <message>
        <source>below</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>达到</translation>
    </message>
</context>
<context>
    <name>StructureTestPanel</name>
    <message>
        <source>&amp;Create test</source>
        <translation>创建测试(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Area to record</source>
        <translation>要记录的区域</translation>
    </message>
    <message>
        <source>Create a test to start recording.</source>
        <translation>创建一次测试以开始记录。</translation>
    </message>
    <message>
        <source>Keys: P participated · A asked · R refused (moves to the next person).</source>
        <translation>按键：P 参与了 · A 已请求 · R 拒绝了（转到下一个人）。</translation>
    </message>
    <message>
        <source>New structure test</source>
        <translation>新建组织测试</translation>
    </message>
    <message>
        <source>People asked</source>
        <translation>被请求的人</translation>
    </message>
    <message>
        <source>Record in &amp;area:</source>
        <translation>记录区域(&amp;A)：</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>各区域结果</translation>
    </message>
    <message>
        <source>Structure tests</source>
        <translation>组织测试</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>阈值(&amp;H)：</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Whole workplace</source>
        <translation>整个工作场所</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>meets the threshold</source>
        <translation>达到阈值</translation>
    </message>
    <message>
        <source>{name}: {p} of {n} participated ({pct:.0f} %), threshold {t} % — {verdict}</source>
        <translation>{name}：{n} 人中 {p} 人参与（{pct:.0f} %），阈值 {t} % — {verdict}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Fill in the form first.</source>
        <translation>请先填写表单。</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>, decided {how}</source>
        <translation>，{how}决定</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source> Not saved yet.</source>
        <translation> 尚未保存。</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>集体合同(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>插入字段(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>信函(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Back to the &amp;default…</source>
        <translation>恢复默认(&amp;D)…</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Fields are filled from the case when a letter is made. Write {{ and }} for a brace.</source>
        <translation>生成信函时，字段会用案件内容填写。要写花括号，请写 {{ 和 }}。</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>信函正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>信函模板</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>信函正文</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Saved: letters of this kind under this contract use it now.</source>
        <translation>已保存：此集体合同下这类信函现在使用它。</translation>
    </message>
    <message>
        <source>Set up a contract first (“Contract…” on the Grievances page).</source>
        <translation>请先设置集体合同（“申诉”页面上的“集体合同…”）。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The default wording</source>
        <translation>默认措辞</translation>
    </message>
    <message>
        <source>This contract&apos;s own wording</source>
        <translation>此集体合同自己的措辞</translation>
    </message>
    <message>
        <source>the default wording is used again</source>
        <translation>将重新使用默认措辞</translation>
    </message>
    <message>
        <source>the subject and text typed since the last save</source>
        <translation>上次保存后输入的主题和正文</translation>
    </message>
    <message>
        <source>this contract&apos;s own wording of this letter</source>
        <translation>此集体合同对此信函的措辞</translation>
    </message>
    <message>
        <source>your changes to this template</source>
        <translation>您对此模板的修改</translation>
    </message>
    <message>
        <source>✓ Every field is known.</source>
        <translation>✓ 所有字段都已知。</translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <source>Committee: </source>
        <translation>委员会： </translation>
    </message>
    <message>
        <source>No areas yet: add them beside the picture.</source>
        <translation>还没有区域：请在图旁添加。</translation>
    </message>
    <message>
        <source>Organic leaders: </source>
        <translation>自然领袖： </translation>
    </message>
    <message>
        <source>Picture of the workplace</source>
        <translation>工作场所示意图</translation>
    </message>
    <message>
        <source>Zone: </source>
        <translation>标记区： </translation>
    </message>
    <message>
        <source>blue lines: ties between areas (how many)</source>
        <translation>蓝线：区域之间的关系（数量）</translation>
    </message>
    <message>
        <source>green border: free zone, red dashes: danger zone</source>
        <translation>绿边框：安全区，红虚线：危险区</translation>
    </message>
    <message>
        <source>hatched: committee below 1 in 10</source>
        <translation>斜线：委员会不足十分之一</translation>
    </message>
    <message>
        <source>no one mapped</source>
        <translation>无人摸底</translation>
    </message>
    <message>
        <source>★ an organic leader</source>
        <translation>★ 自然领袖</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>&amp;Body in this vault:</source>
        <translation>本保险库中的组织(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>密钥卡(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Is a:</source>
        <translation>类型(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name here:</source>
        <translation>本地名称(&amp;N)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Leave empty to use the card&apos;s name</source>
        <translation>留空则使用卡上的名称</translation>
    </message>
    <message>
        <source>Paste the card: &apos;Forum Kit public key card v1&apos; …</source>
        <translation>粘贴密钥卡：“Forum Kit public key card v1”…</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>信任密钥卡</translation>
    </message>
    <message>
        <source>Type the fingerprint you compared</source>
        <translation>输入你核对过的指纹</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Not enough memory to derive the key. Close other programs and try again.</source>
        <translation>内存不足，无法生成密钥。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The vault could not be opened (unexpected {name}). Nothing was changed.</source>
        <translation>无法打开保险库（意外的{name}）。未作任何改动。</translation>
    </message>
    <message>
        <source>Wrong passphrase — try again</source>
        <translation>密码短语错误 — 请重试</translation>
    </message>
    <message>
        <source>Wrong recovery key — try again</source>
        <translation>恢复密钥错误 — 请重试</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is &apos;{p}&apos;</source>
        <translation>演示保险库：密码短语是“{p}”</translation>
    </message>
    <message>
        <source>Deriving the key… this takes about a second.</source>
        <translation>正在生成密钥…大约需要一秒。</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>请先输入密码短语。</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>解锁“{name}”</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>改用恢复密钥(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>For</source>
        <comment>votes for a motion</comment>
        <translation>赞成</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>&amp;Area name:</source>
        <translation>区域名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Bring in a chart…</source>
        <translation>导入摸底表(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>雇主(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>保存并继续(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save the one-on-one</source>
        <translation>保存一对一谈话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作场所(&amp;W)：</translation>
    </message>
    <message>
        <source>1. Your workplace</source>
        <translation>1. 你的工作场所</translation>
    </message>
    <message>
        <source>2. Your first area</source>
        <translation>2. 你的第一个区域</translation>
    </message>
    <message>
        <source>3. The first people</source>
        <translation>3. 第一批人员</translation>
    </message>
    <message>
        <source>4. Your first one-on-one</source>
        <translation>4. 你的第一次一对一谈话</translation>
    </message>
    <message>
        <source>A new workplace</source>
        <translation>新的工作场所</translation>
    </message>
    <message>
        <source>A&amp;dd this person</source>
        <translation>添加此人(&amp;D)</translation>
    </message>
    <message>
        <source>Add at least one person, or bring in a chart.</source>
        <translation>请至少添加一个人，或导入摸底表。</translation>
    </message>
    <message>
        <source>Add the coworkers you know, one by one, with their &lt;b&gt;personal&lt;/b&gt; phone (never a work one) and where you think they stand. Or bring in a chart you already keep as a spreadsheet (CSV, XLSX or ODS): the import shows every row before it writes.</source>
        <translation>逐个添加你认识的工友，填上他们的&lt;b&gt;私人&lt;/b&gt;电话（绝不要填工作电话），以及你估计他们的态度。也可以导入你已经用电子表格（CSV、XLSX 或 ODS）记的摸底表：导入在写入之前会把每一行都显示出来。</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>评估(&amp;M)：</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>新手起步</translation>
    </message>
    <message>
        <source>Four short steps set up your chart, each saved as soon as you do it:&lt;ol&gt;&lt;li&gt;your &lt;b&gt;workplace&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;area&lt;/b&gt; (a department, line, shift or ward);&lt;/li&gt;&lt;li&gt;the first &lt;b&gt;people&lt;/b&gt;, typed in or brought in from a chart you already keep;&lt;/li&gt;&lt;li&gt;your first &lt;b&gt;one-on-one&lt;/b&gt;, the AEIOU way.&lt;/li&gt;&lt;/ol&gt;Skip it whenever you like: what you saved stays. Press F1 on any page for its part of the guide.&lt;br&gt;&lt;br&gt;Before the first name: coworkers&apos; jobs can depend on this chart. Keep it on your own computer, never on the employer&apos;s, and read &lt;b&gt;Safety first&lt;/b&gt; (Help menu).</source>
        <translation>四个简短的步骤就能建立你的摸底，每一步做完就立即保存：&lt;ol&gt;&lt;li&gt;你的&lt;b&gt;工作场所&lt;/b&gt;；&lt;/li&gt;&lt;li&gt;你的第一个&lt;b&gt;区域&lt;/b&gt;（部门、产线、班次或病区）；&lt;/li&gt;&lt;li&gt;第一批&lt;b&gt;人员&lt;/b&gt;，手动输入，或从你已有的摸底表导入；&lt;/li&gt;&lt;li&gt;你的第一次&lt;b&gt;一对一谈话&lt;/b&gt;，按 AEIOU 的方法进行。&lt;/li&gt;&lt;/ol&gt;随时可以跳过：已保存的内容会保留。在任何页面按 F1 可打开指南中对应的部分。&lt;br&gt;&lt;br&gt;输入第一个名字之前请记住：工友的饭碗可能就系在这份摸底上。把它放在你自己的电脑上，绝不要放在雇主的电脑上，并请阅读&lt;b&gt;安全第一&lt;/b&gt;（帮助菜单）。</translation>
    </message>
    <message>
        <source>Log a conversation you had: what they are angry about (&lt;b&gt;Agitate&lt;/b&gt;), what would fix it and who decides (&lt;b&gt;Educate&lt;/b&gt;), what the boss will do next (&lt;b&gt;Inoculate&lt;/b&gt;), the &lt;b&gt;ask&lt;/b&gt; and their &lt;b&gt;answer&lt;/b&gt;, how they connect to the group (&lt;b&gt;Unite&lt;/b&gt;), and where they stand now.</source>
        <translation>记录一次你进行过的谈话：对方为什么事生气（&lt;b&gt;激发&lt;/b&gt;），怎样才能解决、由谁说了算（&lt;b&gt;教育&lt;/b&gt;），老板接下来会怎么做（&lt;b&gt;预防&lt;/b&gt;），你提出的&lt;b&gt;请求&lt;/b&gt;和对方的&lt;b&gt;答复&lt;/b&gt;，他们和集体怎样联系起来（&lt;b&gt;团结&lt;/b&gt;），以及他们现在的态度。</translation>
    </message>
    <message>
        <source>Map the workplace as its workers know it: a department, a line, a shift, a ward. Start with the area you work in; on the Map, &lt;b&gt;Add below&lt;/b&gt; goes deeper (department, then line, then shift).</source>
        <translation>按工人们自己熟悉的方式划分工作场所：部门、产线、班次、病区。先从你所在的区域开始；在地图上，用&lt;b&gt;在下方添加&lt;/b&gt;往下细分（先部门，再产线，再班次）。</translation>
    </message>
    <message>
        <source>Next: map the other areas on the &lt;b&gt;Map&lt;/b&gt;, read &lt;b&gt;Safety first&lt;/b&gt; in the guide (Help), and keep talking: each one-on-one you log moves the Map&apos;s figures.</source>
        <translation>下一步：在&lt;b&gt;地图&lt;/b&gt;上摸清其他区域，阅读指南中的&lt;b&gt;安全第一&lt;/b&gt;（帮助），并继续谈话：你记录的每一次一对一谈话都会改变地图上的数字。</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>People in this workplace</source>
        <translation>此工作场所的人员</translation>
    </message>
    <message numerus="yes">
        <source>People in this workplace so far: %n</source>
        <translation>
            <numerusform>此工作场所目前的人员：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a workplace, an area, %n person(s) and a one-on-one.</source>
        <translation>
            <numerusform>已保存：一个工作场所、一个区域、%n 个人和一次一对一谈话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ski&amp;p the walk-through</source>
        <translation>跳过引导(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Step %n of 4</source>
        <translation>
            <numerusform>第 %n 步，共 4 步</numerusform>
        </translation>
    </message>
    <message>
        <source>The site you organise: a depot, a hospital, a call centre. The Map shows one workplace at a time; add others later with &lt;b&gt;Add workplace&lt;/b&gt;.</source>
        <translation>你组织的场所：仓库、医院、呼叫中心。地图一次显示一个工作场所；其他场所以后可以用&lt;b&gt;添加工作场所&lt;/b&gt;加进来。</translation>
    </message>
    <message>
        <source>Welcome to your new vault</source>
        <translation>欢迎使用你的新保险库</translation>
    </message>
    <message>
        <source>What you saved stays; the walk-through is not offered again (Help &gt; First steps opens it).</source>
        <translation>已保存的内容会保留；引导不会再次出现（可从 帮助 &gt; 新手起步 重新打开）。</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作场所</translation>
    </message>
    <message>
        <source>Your chart has begun</source>
        <translation>你的摸底已经开始</translation>
    </message>
    <message>
        <source>e.g. Loading bay</source>
        <translation>例如：装卸区</translation>
    </message>
    <message>
        <source>e.g. Parcelco Ltd (optional)</source>
        <translation>例如：Parcelco 有限公司（可选）</translation>
    </message>
    <message>
        <source>e.g. Riverside depot</source>
        <translation>例如：河畔仓库</translation>
    </message>
    <message>
        <source>e.g. department, line, shift, ward</source>
        <translation>例如：部门、产线、班次、病区</translation>
    </message>
    <message>
        <source>personal phone (optional)</source>
        <translation>私人电话（可选）</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>This folder is synced by {service}. The vault stays encrypted, but the synced copy leaves this computer, and pages deleted from it may persist in the service&apos;s file history. Use a folder that is not synced unless you mean this.</source>
        <translation>此文件夹由 {service} 同步。保险库仍是加密的，但同步副本会离开这台电脑，从中删除的页面可能保留在该服务的文件历史中。除非你有意如此，请使用不同步的文件夹。</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Create new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its keys…</source>
        <translation>正在创建保险库并生成密钥…</translation>
    </message>
    <message>
        <source>Forum Kit</source>
        <translation>Forum Kit</translation>
    </message>
    <message>
        <source>Made-up people in many languages, to look around safely.</source>
        <translation>多种语言的虚构人员，供你放心试用。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>试用演示保险库(&amp;D)</translation>
    </message>
    <message>
        <source>Your organising records, encrypted on this computer.</source>
        <translation>你的组织工作记录，加密保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>Forum Kit has no leaflet words in &apos;{code}&apos; yet. Write each one in that language (missing: {n}).</source>
        <translation>Forum Kit 还没有“{code}”语言的传单用词。请用该语言逐一填写（缺少：{n}）。</translation>
    </message>
    <message>
        <source>The words printed besides yours; change any of them.</source>
        <translation>与你的文字一起印出的用词；可任意修改。</translation>
    </message>
</context>
</TS>
