<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge the fatigue alert</source>
        <translation>确认久候提醒</translation>
    </message>
    <message>
        <source>What was done for the guest?</source>
        <translation>为宾客做了什么？</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>简短说明（可选）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Offered a seat</source>
        <translation>已安排座位</translation>
    </message>
    <message>
        <source>Offered a drink</source>
        <translation>已送上饮品</translation>
    </message>
    <message>
        <source>Gave an update</source>
        <translation>已告知最新情况</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>已致歉</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>一位宾客</translation>
    </message>
    <message>
        <source>{guest} has waited too long and is tired: see to them now.</source>
        <translation>{guest}已等候过久，十分疲惫：请立即接待。</translation>
    </message>
    <message>
        <source>Duty manager: {guest} has waited too long and nobody acknowledged it.</source>
        <translation>值班经理：{guest}已等候过久，无人确认提醒。</translation>
    </message>
    <message>
        <source>Overdue promise to {guest}: they were promised an answer.</source>
        <translation>对{guest}的跟进承诺已逾期：已答应给其答复。</translation>
    </message>
    <message>
        <source>Duty manager: complaint of {guest} escalated at {time}.</source>
        <translation>值班经理：{guest}的投诉已于 {time} 上报。</translation>
    </message>
    <message>
        <source>Duty manager: serious complaint from {guest}, nobody has taken it yet.</source>
        <translation>值班经理：{guest}的严重投诉尚无人受理。</translation>
    </message>
    <message>
        <source>Needs attention: {guest}</source>
        <translation>需要处理：{guest}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Guest {initials} waiting {minutes} min: see to them now.</source>
        <translation>宾客 {initials} 已等候 {minutes} 分钟：请立即接待。</translation>
    </message>
    <message>
        <source>Duty manager: guest {initials} waiting {minutes} min, not answered in time.</source>
        <translation>值班经理：宾客 {initials} 已等候 {minutes} 分钟，未及时处理。</translation>
    </message>
    <message>
        <source>Overdue promise to guest {initials}.</source>
        <translation>对宾客 {initials} 的跟进承诺已逾期。</translation>
    </message>
    <message>
        <source>Duty manager: a complaint was escalated at {time}.</source>
        <translation>值班经理：有一项投诉于 {time} 上报。</translation>
    </message>
    <message>
        <source>Duty manager: a serious complaint nobody has taken yet.</source>
        <translation>值班经理：有一项严重投诉尚无人受理。</translation>
    </message>
    <message>
        <source>Needs attention: guest {initials}</source>
        <translation>需要处理：宾客 {initials}</translation>
    </message>
    <message>
        <source>{alert} Note from {author}: {note}</source>
        <translation>{alert} {author}的备注：{note}</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>暂无提醒</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, escalations among them…</source>
        <translation>
            <numerusform>另有 %n 条，其中有上报事项…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>另有 %n 条…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertLine</name>
    <message>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>AllAlertsDialog</name>
    <message>
        <source>All alerts</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Alerts now: {count}, the most urgent first.</source>
        <translation>当前提醒：{count} 条，最紧急的排在最前。</translation>
    </message>
</context>
<context>
    <name>AuthoriseDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>需要批准</translation>
    </message>
    <message>
        <source>Nobody here may approve this.</source>
        <translation>此处无人有权批准此操作。</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>AuthoriseForm</name>
    <message>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>其 PIN 码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Space / guest</source>
        <translation>区域 / 宾客</translation>
    </message>
    <message>
        <source>Pax</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>In</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>登机</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>服务员</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>起飞</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>登机口</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>接待组数</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>: {name} until {time}</source>
        <translation>：{name}，至 {time}</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>即将登机</translation>
    </message>
    <message>
        <source>Checked in at {desk}</source>
        <translation>登记入室台：{desk}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>wants a {space}</source>
        <translation>想要{space}</translation>
    </message>
    <message>
        <source>acknowledged by {name}</source>
        <translation>已由{name}确认</translation>
    </message>
    <message>
        <source>escalated to the duty manager</source>
        <translation>已上报值班经理</translation>
    </message>
    <message>
        <source>fatigue alert: acknowledge</source>
        <translation>久候提醒：请确认</translation>
    </message>
</context>
<context>
    <name>BoardForm</name>
    <message>
        <source>Lounge board</source>
        <translation>贵宾室看板</translation>
    </message>
    <message>
        <source>Find a guest: name or flight</source>
        <translation>查找宾客：姓名或航班</translation>
    </message>
    <message>
        <source>Spaces and guests</source>
        <translation>区域与宾客</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>交给服务员…</translation>
    </message>
    <message>
        <source>Mark informed</source>
        <translation>标记为已告知</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>离室</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <source>Space:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>预留…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候名单</translation>
    </message>
    <message>
        <source>Seat…</source>
        <translation>安排就座…</translation>
    </message>
    <message>
        <source>Acknowledge alert…</source>
        <translation>确认提醒…</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>离港航班</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Attendants</source>
        <translation>服务员</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查找结果</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Spaces and guests</source>
        <translation>区域与宾客</translation>
    </message>
    <message>
        <source>No other space can take this party now.</source>
        <translation>目前没有其他区域能容纳这一行人。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>No attendant is on the team; add one in Staff.</source>
        <translation>团队中没有服务员；请在“员工”中添加。</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交给服务员</translation>
    </message>
    <message>
        <source>Marked as told about boarding.</source>
        <translation>已标记为已告知登机。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>等候名单：{count}</translation>
    </message>
    <message>
        <source>{count} boarding soon</source>
        <translation>{count} 组即将登机</translation>
    </message>
    <message>
        <source>{space} is free: {guest} has waited longest for a {kind}. Select them and press Seat…</source>
        <translation>{space}已空出：{guest}等候{kind}的时间最长。请选中该宾客并点击“安排就座…”。</translation>
    </message>
    <message>
        <source>Move {guest} to:</source>
        <translation>将{guest}移至：</translation>
    </message>
    <message>
        <source>{guest} moved.</source>
        <translation>{guest}已移动。</translation>
    </message>
    <message>
        <source>Hand {guest} over to:</source>
        <translation>将{guest}交给：</translation>
    </message>
    <message>
        <source>{guest} handed over.</source>
        <translation>{guest}已交给服务员。</translation>
    </message>
    <message>
        <source>{guest} checked out.</source>
        <translation>{guest}已离室。</translation>
    </message>
    <message>
        <source>Space updated.</source>
        <translation>区域已更新。</translation>
    </message>
    <message>
        <source>No space can take this party yet.</source>
        <translation>暂无区域能容纳这一行人。</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>安排就座</translation>
    </message>
    <message>
        <source>Seat {guest} in:</source>
        <translation>为{guest}安排就座于：</translation>
    </message>
    <message>
        <source>{guest} seated.</source>
        <translation>{guest}已就座。</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>无法读取该文件：{error}</translation>
    </message>
    <message>
        <source>Departures imported: {added} new, {updated} updated.</source>
        <translation>离港航班已导入：新增 {added} 个，更新 {updated} 个。</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB: too large for a day&apos;s departures. Is it the right file?</source>
        <translation>{file} 大于 {size} MB，对一天的离港航班来说太大了。文件是否选对了？</translation>
    </message>
    <message>
        <source>Acknowledged: thank you.</source>
        <translation>已确认，谢谢。</translation>
    </message>
    <message>
        <source>Import today&apos;s departures</source>
        <translation>导入今日离港航班</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The departures are still being imported; please wait.</source>
        <translation>离港航班仍在导入中，请稍候。</translation>
    </message>
    <message>
        <source>Importing the departures…</source>
        <translation>正在导入离港航班…</translation>
    </message>
    <message>
        <source>Select a flight to edit first.</source>
        <translation>请先选择要编辑的航班。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>Check out</source>
        <translation>离室</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>为{name}办理离室？</translation>
    </message>
    <message>
        <source>How was the guest&apos;s stay? (optional)</source>
        <translation>宾客对本次到访满意吗？（选填）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check out without rating</source>
        <translation>不评分，直接离室</translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Before the guest leaves, this is still open:</source>
        <translation>宾客离开前，以下事项仍未处理：</translation>
    </message>
    <message>
        <source>• {kind} ({category}, {status}): “{words}”</source>
        <translation>• {kind}（{category}，{status}）：“{words}”</translation>
    </message>
    <message>
        <source>Promise overdue since {time}: {what}</source>
        <translation>跟进承诺自 {time} 起已逾期：{what}</translation>
    </message>
    <message>
        <source>Promise due at {time}: {what}</source>
        <translation>跟进承诺须于 {time} 前兑现：{what}</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Confirm the date…</source>
        <translation>确认日期…</translation>
    </message>
    <message>
        <source>This PC&apos;s clock says {now} but the last recorded event was {seen}; ask IT to fix the clock.</source>
        <translation>本机时钟显示 {now}，但最后一条记录的时间是 {seen}；请联系 IT 部校正时钟。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock says {now}.
The last recorded event was {seen}.

Confirm only if the clock is right (for example, the desk was switched off for a while). Anonymising old guests and deleting old backups then run by this clock again.</source>
        <translation>本机时钟显示 {now}。
最后一条记录的时间是 {seen}。

仅在时钟正确时确认（例如前台曾关机一段时间）。确认后，旧宾客资料的匿名化和旧备份的删除将再次按此时钟运行。</translation>
    </message>
    <message>
        <source>Confirm the date</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>The clock is right</source>
        <translation>时钟正确</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>CommandRuns</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>OS account</source>
        <translation>系统账户</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>已从 {path} 恢复</translation>
    </message>
    <message>
        <source>the previous database kept as {path}</source>
        <translation>原数据库已另存为 {path}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>started, outcome not recorded</source>
        <translation>已开始，未记录结果</translation>
    </message>
    <message>
        <source>command line (no PIN)</source>
        <translation>命令行（无 PIN 码）</translation>
    </message>
    <message>
        <source>Reports, backups and restores run from the command line in the last {days} days (at most {rows}), newest first. Ask IT about any you do not recognise.</source>
        <translation>最近 {days} 天内从命令行运行的报表、备份和恢复（最多 {rows} 条），最新的在前。如有不认识的记录，请询问 IT 部。</translation>
    </message>
    <message>
        <source>Command-line runs ({count})</source>
        <translation>命令行运行记录（{count}）</translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation>宾客原话</translation>
    </message>
    <message>
        <source>(no guest)</source>
        <translation>（无宾客）</translation>
    </message>
    <message>
        <source>{time} overdue</source>
        <translation>{time} 已逾期</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Daily complaint report</source>
        <translation>每日投诉报表</translation>
    </message>
    <message>
        <source>{n} item</source>
        <translation>{n} 项</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} 项</translation>
    </message>
    <message>
        <source>{date} · complaints, requests, suggestions and praise recorded in {zone}</source>
        <translation>{date} · 投诉、请求、建议与表扬（{zone} 时间）</translation>
    </message>
    <message>
        <source>No complaints or praise were recorded on this day.</source>
        <translation>当天没有记录投诉或表扬。</translation>
    </message>
    <message>
        <source>Nothing was logged between local midnight and the next: no complaints, requests, suggestions or praise.</source>
        <translation>当地时间零点至次日零点之间没有任何记录：无投诉、请求、建议或表扬。</translation>
    </message>
    <message>
        <source>Complaints, requests and suggestions</source>
        <translation>投诉、请求与建议</translation>
    </message>
    <message>
        <source>No complaints, requests or suggestions on this day.</source>
        <translation>当天没有投诉、请求或建议。</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>No praise was recorded on this day.</source>
        <translation>当天没有记录表扬。</translation>
    </message>
    <message>
        <source>items of feedback</source>
        <translation>反馈总数</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>尚未解决</translation>
    </message>
    <message>
        <source>average time to resolve</source>
        <translation>平均解决用时</translation>
    </message>
    <message>
        <source>longest time to resolve</source>
        <translation>最长解决用时</translation>
    </message>
    <message>
        <source>compensation given (value)</source>
        <translation>已给补偿（金额）</translation>
    </message>
    <message>
        <source>promises kept late, not kept or still open</source>
        <translation>逾期兑现、未兑现或仍未完成的跟进承诺</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation>当天数据</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolution and compensation</source>
        <translation>解决与补偿</translation>
    </message>
    <message>
        <source>{resolved} resolved, on average {average} after it was recorded; the longest took {longest}. {open} not resolved yet.</source>
        <translation>已解决 {resolved}，平均在记录后 {average} 解决，最长用时 {longest}。尚未解决 {open}。</translation>
    </message>
    <message>
        <source>Nothing recorded on this day has been resolved yet.</source>
        <translation>当天记录的事项均尚未解决。</translation>
    </message>
    <message>
        <source>No compensation was given.</source>
        <translation>当天未给予补偿。</translation>
    </message>
    <message>
        <source>(kind not recorded)</source>
        <translation>（未记录补偿类型）</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Promises kept late, not kept or still open</source>
        <translation>逾期兑现、未兑现或仍未完成的跟进承诺</translation>
    </message>
    <message>
        <source>Every promise made on this day was kept on time.</source>
        <translation>当天作出的跟进承诺均已按时兑现。</translation>
    </message>
    <message>
        <source>kept {late} late</source>
        <translation>逾期 {late} 兑现</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>未完成，已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>The guest expects</source>
        <translation>宾客期望</translation>
    </message>
    <message>
        <source>Done at once</source>
        <translation>当即处理</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已给予</translation>
    </message>
    <message>
        <source>{kind}, value {value}</source>
        <translation>{kind}，金额 {value}</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>跟进承诺</translation>
    </message>
    <message>
        <source>{how} by {due}, owner {owner}; {state}</source>
        <translation>{due} 前{how}，负责人 {owner}；{state}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>{time}, {taken} after it was recorded</source>
        <translation>{time}，记录后 {taken}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>{severity} severity</source>
        <translation>严重程度：{severity}</translation>
    </message>
    <message>
        <source>Guest not named</source>
        <translation>未留姓名的宾客</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>escalated to the duty manager</source>
        <translation>已上报值班经理</translation>
    </message>
    <message>
        <source>apologised</source>
        <translation>已致歉</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>另外</translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation>宾客原话</translation>
    </message>
    <message>
        <source>kept at {time}</source>
        <translation>已于 {time} 兑现</translation>
    </message>
    <message>
        <source>no promise was made after all</source>
        <translation>最终未作出承诺</translation>
    </message>
    <message>
        <source>not kept, overdue</source>
        <translation>未兑现，已逾期</translation>
    </message>
    <message>
        <source>not kept yet</source>
        <translation>尚未兑现</translation>
    </message>
</context>
<context>
    <name>ComplaintsForm</name>
    <message>
        <source>Complaints, praise and requests</source>
        <translation>投诉、表扬与需求</translation>
    </message>
    <message>
        <source>Log feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search the guest&apos;s words…</source>
        <translation>搜索宾客原话…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>选择一条记录以查看全部内容。</translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation>宾客原话</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Work order done</source>
        <translation>工单已完成</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Resolution, how the guest was told, or a note</source>
        <translation>处理结果、如何告知宾客，或备注</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Close: guest told</source>
        <translation>关闭：已告知宾客</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Department that must act</source>
        <translation>须处理的部门</translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Most severe first</source>
        <translation>最严重的在前</translation>
    </message>
    <message>
        <source>Promise due soonest</source>
        <translation>承诺最先到期的在前</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>已开始处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed, guest told</source>
        <translation>已关闭，已告知宾客</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Escalated to the duty manager</source>
        <translation>已上报值班经理</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>已作出跟进承诺</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <source>Promise not kept</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <source>No promise was made</source>
        <translation>未作出承诺</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Work order done</source>
        <translation>工单已完成</translation>
    </message>
    <message>
        <source>Work order cancelled</source>
        <translation>工单已取消</translation>
    </message>
    <message>
        <source>Work started on #{id}.</source>
        <translation>#{id} 已开始处理。</translation>
    </message>
    <message>
        <source>#{id} closed.</source>
        <translation>#{id} 已关闭。</translation>
    </message>
    <message>
        <source>#{id} reopened.</source>
        <translation>#{id} 已重新打开。</translation>
    </message>
    <message>
        <source>#{id} is with the duty manager.</source>
        <translation>#{id} 已交由值班经理处理。</translation>
    </message>
    <message>
        <source>Note added to #{id}.</source>
        <translation>已为 #{id} 添加备注。</translation>
    </message>
    <message>
        <source>Promise on #{id} kept.</source>
        <translation>#{id} 的跟进承诺已兑现。</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>未结（未关闭）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>Anyone there</source>
        <translation>该部门任何人</translation>
    </message>
    <message numerus="yes">
        <source>%n item</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} of {total} items; narrow the filters to see the rest.</source>
        <translation>显示 {total} 条中的前 {shown} 条；请缩小筛选范围以查看其余记录。</translation>
    </message>
    <message>
        <source>{guest}, {channel}, logged {time} by {staff}. For: {department}, {owner}</source>
        <translation>{guest}，{channel}，{staff} 于 {time} 登记。负责：{department}，{owner}</translation>
    </message>
    <message>
        <source>{guest}, {channel}, logged {time} by {staff}. For: {department}</source>
        <translation>{guest}，{channel}，{staff} 于 {time} 登记。负责：{department}</translation>
    </message>
    <message>
        <source>Expects: {expects}</source>
        <translation>宾客期望：{expects}</translation>
    </message>
    <message>
        <source>Done at once: {action}</source>
        <translation>当场处理：{action}</translation>
    </message>
    <message>
        <source>Compensation: {kind} {value}</source>
        <translation>补偿：{kind} {value}</translation>
    </message>
    <message>
        <source>Resolution: {resolution}</source>
        <translation>处理结果：{resolution}</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>已致谢</translation>
    </message>
    <message>
        <source>Thanked; passed on to {name}</source>
        <translation>已致谢；已转达给{name}</translation>
    </message>
    <message>
        <source>Due {due}, {owner}: {how}</source>
        <translation>期限 {due}，{owner}：{how}</translation>
    </message>
    <message>
        <source>Praised: {staff}</source>
        <translation>表扬对象：{staff}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Promise for {due} kept at {time}.</source>
        <translation>约定 {due} 的跟进承诺已于 {time} 兑现。</translation>
    </message>
    <message>
        <source>Promise for {due} not kept.</source>
        <translation>约定 {due} 的跟进承诺未兑现。</translation>
    </message>
    <message>
        <source>OVERDUE: promised by {due}, {owner} to tell the guest: {how}</source>
        <translation>已逾期：承诺在 {due} 前由 {owner} 告知宾客：{how}</translation>
    </message>
    <message>
        <source>Promised by {due}, {owner} to tell the guest: {how}</source>
        <translation>承诺在 {due} 前由 {owner} 告知宾客：{how}</translation>
    </message>
    <message>
        <source>#{id} resolved.</source>
        <translation>#{id} 已解决。</translation>
    </message>
    <message>
        <source>#{id} assigned to {department}.</source>
        <translation>#{id} 已分派给{department}。</translation>
    </message>
    <message>
        <source>Work order done on #{id}.</source>
        <translation>#{id} 的工单已完成。</translation>
    </message>
    <message>
        <source>Feedback #{id} saved.</source>
        <translation>反馈 #{id} 已保存。</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>选择一条记录以查看全部内容。</translation>
    </message>
    <message>
        <source> · escalated</source>
        <translation> · 已上报</translation>
    </message>
    <message>
        <source>no guest on record</source>
        <translation>无宾客记录</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Apologised.</source>
        <translation>已致歉。</translation>
    </message>
    <message>
        <source>No apology recorded.</source>
        <translation>未记录致歉。</translation>
    </message>
    <message>
        <source>Praise for the whole team</source>
        <translation>表扬整个团队</translation>
    </message>
    <message>
        <source>No follow-up promised.</source>
        <translation>未作出跟进承诺。</translation>
    </message>
    <message>
        <source>No promise was made after all.</source>
        <translation>最终未作出承诺。</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>Select an open work order first.</source>
        <translation>请先选择一张未完成的工单。</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Connection to the lounge database lost, retrying… Everything typed is kept; the desk carries on when it is back.</source>
        <translation>与贵宾室数据库的连接已断开，正在重试… 已输入的内容都会保留；连接恢复后前台将继续工作。</translation>
    </message>
    <message>
        <source>What was scanned or pressed at {time} was not done: please do it again once the connection is back.</source>
        <translation>{time} 的扫描或操作未完成：连接恢复后请重新操作。</translation>
    </message>
</context>
<context>
    <name>DeparturesImport</name>
    <message>
        <source>The departures could not be imported: an unexpected error (see the desk&apos;s log).</source>
        <translation>无法导入离港航班：发生意外错误（请查看前台日志）。</translation>
    </message>
</context>
<context>
    <name>DeskForm</name>
    <message>
        <source>Scan a boarding pass, or type a guest&apos;s name or flight</source>
        <translation>扫描登机牌，或输入宾客姓名或航班</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Manual entry…</source>
        <translation>手动录入…</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>服务员</translation>
    </message>
    <message>
        <source>Card in</source>
        <translation>欢迎卡语言</translation>
    </message>
    <message>
        <source>With</source>
        <translation>随行</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>随行人员姓名</translation>
    </message>
    <message>
        <source>A companion&apos;s name, then +; or scan their pass with the button below.</source>
        <translation>输入随行人员姓名后按 +；或用下方按钮扫描其登机牌。</translation>
    </message>
    <message>
        <source>Add companion</source>
        <translation>添加随行人员</translation>
    </message>
    <message>
        <source>The next pass scanned joins this guest&apos;s party; then scans are new guests again.</source>
        <translation>下一张扫描的登机牌将加入该宾客的同行人员；之后扫描的仍视为新宾客。</translation>
    </message>
    <message>
        <source>Tap ✕ to take a companion out of the party.</source>
        <translation>点击 ✕ 将随行人员移出同行人员。</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>登记入室</translation>
    </message>
    <message>
        <source>Manager exception…</source>
        <translation>值班经理特批…</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>等候名单</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>预览欢迎卡</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>打印欢迎卡</translation>
    </message>
    <message>
        <source>In the lounge</source>
        <translation>贵宾室内宾客</translation>
    </message>
    <message>
        <source>Find by name or flight</source>
        <translation>按姓名或航班查找</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>离室…</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Invited guest, no flight</source>
        <translation>受邀宾客，无航班</translation>
    </message>
    <message>
        <source>First visit: welcome them to the lounge.</source>
        <translation>首次到访：请欢迎宾客光临贵宾室。</translation>
    </message>
    <message>
        <source>🎂 Birthday today!</source>
        <translation>🎂 今天生日！</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visit</source>
        <translation>
            <numerusform>此前到访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visits</source>
        <translation>
            <numerusform>此前到访 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>First visit here</source>
        <translation>首次到访本贵宾室</translation>
    </message>
    <message>
        <source>No earlier visits</source>
        <translation>此前无到访记录</translation>
    </message>
    <message numerus="yes">
        <source>%n visit</source>
        <translation>
            <numerusform>到访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>到访 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation>付费入室</translation>
    </message>
    <message>
        <source>Already checked in: the visit is selected in the list.</source>
        <translation>已登记入室：该到访已在列表中选中。</translation>
    </message>
    <message>
        <source>Offer paid entry, or ask a duty manager for an exception.</source>
        <translation>可提供付费入室，或请值班经理特批。</translation>
    </message>
    <message>
        <source>The lounge is full for this party: offer the waiting list (F4).</source>
        <translation>贵宾室已无法容纳这一行人：请为其登记等候名单（F4）。</translation>
    </message>
    <message>
        <source>Press Enter to check in, or pick a space and attendant first.</source>
        <translation>按 Enter 登记入室，或先选择区域和服务员。</translation>
    </message>
    <message>
        <source>Best free space</source>
        <translation>最合适的空闲区域</translation>
    </message>
    <message>
        <source>Least busy attendant</source>
        <translation>最空闲的服务员</translation>
    </message>
    <message>
        <source>Looking for “{text}” among the guests in the lounge.</source>
        <translation>正在贵宾室内宾客中查找“{text}”。</translation>
    </message>
    <message>
        <source>Paid entry · {price}</source>
        <translation>付费入室 · {price}</translation>
    </message>
    <message>
        <source>seat {seat}</source>
        <translation>座位 {seat}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding was due to begin at {time} (assumed), %n minute ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ 预计 {time} 开始登机（推算），已过 %n 分钟：请宾客立即前往登机口。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding was due to begin at {time} (assumed), %n minutes ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ 预计 {time} 开始登机（推算），已过 %n 分钟：请宾客立即前往登机口。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding began at {time}, %n minute ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ 已于 {time} 开始登机，已过 %n 分钟：请宾客立即前往登机口。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding began at {time}, %n minutes ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ 已于 {time} 开始登机，已过 %n 分钟：请宾客立即前往登机口。</numerusform>
        </translation>
    </message>
    <message>
        <source>Frequent flyer: {programme}</source>
        <translation>常旅客：{programme}</translation>
    </message>
    <message>
        <source>⚠ Complained last time ({category})</source>
        <translation>⚠ 上次曾投诉（{category}）</translation>
    </message>
    <message>
        <source>, last on {day}</source>
        <translation>，最近一次为 {day}</translation>
    </message>
    <message>
        <source>also visited our {lounge} ({visits}, last on {day})</source>
        <translation>也曾到访本公司的{lounge}（{visits}，最近一次为 {day}）</translation>
    </message>
    <message>
        <source>Prefers: {preferences}</source>
        <translation>偏好：{preferences}</translation>
    </message>
    <message>
        <source>⚠ Also checked in at {lounge} since {since}</source>
        <translation>⚠ 自 {since} 起已在{lounge}登记入室</translation>
    </message>
    <message>
        <source>Not eligible: {reason}</source>
        <translation>无入室资格：{reason}</translation>
    </message>
    <message>
        <source>Welcome: {reason}</source>
        <translation>欢迎：{reason}</translation>
    </message>
    <message>
        <source>Companions: {free} free</source>
        <translation>随行人员：{free} 人免费</translation>
    </message>
    <message>
        <source>, {paid} at {price} each</source>
        <translation>，{paid} 人每人 {price}</translation>
    </message>
    <message>
        <source>Scan the main guest&apos;s pass first.</source>
        <translation>请先扫描主宾客的登机牌。</translation>
    </message>
    <message>
        <source>Scan the companion&apos;s pass now: it joins the party of {name}.</source>
        <translation>请现在扫描随行人员的登机牌：其将加入{name}的同行人员。</translation>
    </message>
    <message>
        <source>Companion added: {name} — party of {count}</source>
        <translation>已添加随行人员：{name} — 一行 {count} 人</translation>
    </message>
    <message>
        <source>Companion removed: {name} — party of {count}</source>
        <translation>已移除随行人员：{name} — 一行 {count} 人</translation>
    </message>
    <message>
        <source>Party of {count}:</source>
        <translation>一行 {count} 人：</translation>
    </message>
    <message numerus="yes">
        <source>{name} has been waiting %n minute for a space like {space}. Parties waiting for it: {parties}. Seat the longest waiter first?</source>
        <translation>
            <numerusform>{name}已等候 %n 分钟，等待与{space}同类的区域。等候此类区域的宾客共 {parties} 组。是否先为等候最久的宾客安排就座？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has been waiting %n minutes for a space like {space}. Parties waiting for it: {parties}. Seat the longest waiter first?</source>
        <translation>
            <numerusform>{name}已等候 %n 分钟，等待与{space}同类的区域。等候此类区域的宾客共 {parties} 组。是否先为等候最久的宾客安排就座？</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat {name} first</source>
        <translation>先为{name}安排就座</translation>
    </message>
    <message>
        <source>{waiter} is seated in {space}. Now check in {name}, or put them on the waiting list (F4).</source>
        <translation>{waiter}已在{space}就座。现在请为{name}登记入室，或将其列入等候名单（F4）。</translation>
    </message>
    <message>
        <source>, with {attendant}</source>
        <translation>，服务员：{attendant}</translation>
    </message>
    <message>
        <source>{name} is checked in: {where}.</source>
        <translation>{name}已登记入室：{where}。</translation>
    </message>
    <message>
        <source>{name} is on the waiting list (waiting for: {wanted}); the board watches the wait.</source>
        <translation>{name}已列入等候名单（等候：{wanted}）；看板会跟踪等候时间。</translation>
    </message>
    <message>
        <source>Welcome card for {name}</source>
        <translation>{name}的欢迎卡</translation>
    </message>
    <message>
        <source>{boarding} The card shows a boarding time that has passed.</source>
        <translation>{boarding} 欢迎卡上的登机时间已过。</translation>
    </message>
    <message>
        <source>Welcome card sent to {printer}.</source>
        <translation>欢迎卡已发送至{printer}。</translation>
    </message>
    <message>
        <source>Cancel companion scan</source>
        <translation>取消扫描随行人员</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Scan companion&apos;s pass</source>
        <translation>扫描随行人员登机牌</translation>
    </message>
    <message>
        <source>Guests are waiting</source>
        <translation>有宾客正在等候</translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation>仍然登记入室</translation>
    </message>
    <message>
        <source>A duty manager may let this guest in as an exception.</source>
        <translation>值班经理可特批该宾客入室。</translation>
    </message>
    <message>
        <source>Select the guest to check out in the list.</source>
        <translation>请在列表中选择要离室的宾客。</translation>
    </message>
    <message>
        <source>Checked out. Thank the guest and wish them a good flight.</source>
        <translation>已离室。请感谢宾客并祝其旅途愉快。</translation>
    </message>
    <message>
        <source>Welcome card</source>
        <translation>欢迎卡</translation>
    </message>
    <message>
        <source>Boarding has begun</source>
        <translation>已开始登机</translation>
    </message>
    <message>
        <source>Print it anyway?</source>
        <translation>仍要打印吗？</translation>
    </message>
    <message>
        <source>Card not printed: boarding has begun.</source>
        <translation>欢迎卡未打印：已开始登机。</translation>
    </message>
    <message>
        <source>Card not printed</source>
        <translation>欢迎卡未打印</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation>可接待下一位宾客</translation>
    </message>
    <message>
        <source>Scan a boarding pass. F2: manual entry · Esc: clear</source>
        <translation>请扫描登机牌。F2：手动录入 · Esc：清除</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>{name} · {role} (locked)</source>
        <translation>{name} · {role}（已锁定）</translation>
    </message>
    <message>
        <source>{seated} of {capacity} seats taken ({percent}%)</source>
        <translation>已占用 {seated}/{capacity} 个座位（{percent}%）</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} 人等候中</translation>
    </message>
</context>
<context>
    <name>EraseGuestForm</name>
    <message>
        <source>Erase a guest</source>
        <translation>删除宾客</translation>
    </message>
    <message>
        <source>When a guest asks to be forgotten, find them here and erase their personal data. Booking references are never kept, so search by name or by the last four characters of the frequent-flyer number.</source>
        <translation>宾客要求删除其信息时，请在此找到该宾客并删除其个人数据。系统从不保存订座记录编号，请按姓名或常旅客卡号的最后四位搜索。</translation>
    </message>
    <message>
        <source>Name or frequent-flyer number</source>
        <translation>姓名或常旅客卡号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Choose a guest in the list</source>
        <translation>请在列表中选择宾客</translation>
    </message>
    <message>
        <source>Erasing removes their name, frequent-flyer number, birthday, preferences and notes, the words of their complaints, and their name wherever it was written. The visits and complaints stay in the reports&apos; counts, without anything that names them. This cannot be undone.</source>
        <translation>删除将移除宾客的姓名、常旅客卡号、生日、偏好和备注、其投诉的原话，以及所有写有其姓名之处。到访和投诉仍计入报表的统计，但不再包含任何能识别其身份的信息。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Your PIN, to confirm</source>
        <translation>请输入您的 PIN 码确认</translation>
    </message>
    <message>
        <source>Erase this guest</source>
        <translation>删除该宾客</translation>
    </message>
</context>
<context>
    <name>EraseGuestScreen</name>
    <message>
        <source>No guest on file matches. Erased guests are not listed.</source>
        <translation>没有匹配的宾客记录。已删除的宾客不会列出。</translation>
    </message>
    <message>
        <source>Choose a guest in the list</source>
        <translation>请在列表中选择宾客</translation>
    </message>
    <message>
        <source>The guest asked to be forgotten</source>
        <translation>宾客要求删除其信息</translation>
    </message>
    <message>
        <source>A regulator or court requires it</source>
        <translation>监管机构或法院要求删除</translation>
    </message>
    <message>
        <source>The profile should never have existed</source>
        <translation>该档案本不应存在</translation>
    </message>
    <message>
        <source>Only the first {count} are listed: type more of the name.</source>
        <translation>仅列出前 {count} 位：请输入更完整的姓名。</translation>
    </message>
    <message>
        <source>On file: {history}.</source>
        <translation>记录：{history}。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit</source>
        <translation>
            <numerusform>%n 次到访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n 次到访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit as a companion</source>
        <translation>
            <numerusform>%n 次作为随行人员到访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits as a companion</source>
        <translation>
            <numerusform>%n 次作为随行人员到访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback item</source>
        <translation>
            <numerusform>%n 条反馈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback items</source>
        <translation>
            <numerusform>%n 条反馈</numerusform>
        </translation>
    </message>
    <message>
        <source>no visits and no feedback</source>
        <translation>无到访记录，无反馈</translation>
    </message>
    <message>
        <source>Choose a guest in the list first.</source>
        <translation>请先在列表中选择宾客。</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>请输入您的 PIN 码确认。</translation>
    </message>
    <message>
        <source>{name} is erased ({history}). The reports keep their counts, with nothing that names them.</source>
        <translation>{name} 已删除（{history}）。报表保留统计数字，但不含任何能识别其身份的信息。</translation>
    </message>
</context>
<context>
    <name>EscalationNoteDialog</name>
    <message>
        <source>A note for the duty manager</source>
        <translation>给值班经理的备注</translation>
    </message>
    <message>
        <source>The duty manager closes this alert. What should they know about {guest}?</source>
        <translation>此提醒由值班经理关闭。关于{guest}，值班经理需要了解什么？</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Log feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Feedback with no guest on record (a call or an email)</source>
        <translation>无宾客记录的反馈（电话或电子邮件）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>不特指某人</translation>
    </message>
    <message>
        <source>What did the guest praise, in their words?</source>
        <translation>宾客表扬了什么？请记下宾客原话。</translation>
    </message>
    <message>
        <source>Save and thank</source>
        <translation>保存并致谢</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>保存反馈</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, that is lovely to hear. I will pass it on to the team.”</source>
        <translation>表扬已记录并关闭。请向宾客致谢：“谢谢您，听到这些真高兴。我会转达给团队。”</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation>请检查标红的栏目。</translation>
    </message>
    <message>
        <source>Wheelchair assistance</source>
        <translation>轮椅协助</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>饮食需求</translation>
    </message>
    <message>
        <source>Call before boarding</source>
        <translation>登机前提醒</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>集合地点</translation>
    </message>
    <message>
        <source>Feedback from {guest}</source>
        <translation>{guest}的反馈</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, {guest}, that is lovely to hear. I will pass it on to {colleague}.” Then tell {colleague}.</source>
        <translation>表扬已记录并关闭。请向宾客致谢：“{guest}，谢谢您，听到这些真高兴。我会转达给{colleague}。”然后告知{colleague}。</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, {guest}, that is lovely to hear. I will pass it on to the team.”</source>
        <translation>表扬已记录并关闭。请向宾客致谢：“{guest}，谢谢您，听到这些真高兴。我会转达给团队。”</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, that is lovely to hear. I will pass it on to {colleague}.” Then tell {colleague}.</source>
        <translation>表扬已记录并关闭。请向宾客致谢：“谢谢您，听到这些真高兴。我会转达给{colleague}。”然后告知{colleague}。</translation>
    </message>
    <message>
        <source>Discard this feedback?</source>
        <translation>放弃此反馈？</translation>
    </message>
    <message>
        <source>Discard this feedback? What you typed will be lost.</source>
        <translation>放弃此反馈？您输入的内容将会丢失。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>保留为草稿</translation>
    </message>
    <message>
        <source>Go back to it</source>
        <translation>返回继续填写</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>What is it?</source>
        <translation>反馈类型</translation>
    </message>
    <message>
        <source>How did it reach us?</source>
        <translation>反馈渠道</translation>
    </message>
    <message>
        <source>Special service request</source>
        <translation>特殊服务需求</translation>
    </message>
    <message>
        <source>What happened, in the guest&apos;s words?</source>
        <translation>发生了什么？请记下宾客原话。</translation>
    </message>
    <message>
        <source>Let the guest finish; write what they say, as they say it.</source>
        <translation>请让宾客说完；按宾客的原话如实记录。</translation>
    </message>
    <message>
        <source>Which colleague did they praise? (optional)</source>
        <translation>表扬了哪位同事？（可选）</translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation>您的备注（可选）</translation>
    </message>
    <message>
        <source>e.g. family of four, box 3</source>
        <translation>例如：一家四口，3 号卡座</translation>
    </message>
    <message>
        <source>Praise needs no follow-up: it is thanked, recorded and closed when you save it.</source>
        <translation>表扬无需跟进：保存时即致谢、记录并关闭。</translation>
    </message>
    <message>
        <source>What does the guest expect?</source>
        <translation>宾客期望什么？</translation>
    </message>
    <message>
        <source>Ask: what would put this right for you?</source>
        <translation>请询问：怎样处理您才满意？</translation>
    </message>
    <message>
        <source>Did you apologise?</source>
        <translation>是否已致歉？</translation>
    </message>
    <message>
        <source>What was done at once?</source>
        <translation>当场做了哪些处理？</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>How serious?</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Who must act?</source>
        <translation>由谁处理？</translation>
    </message>
    <message>
        <source>What must that department do? (work order, optional)</source>
        <translation>该部门须做什么？（工单，可选）</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>e.g. voucher</source>
        <translation>例如：代金券</translation>
    </message>
    <message>
        <source>Promise the guest a follow-up</source>
        <translation>向宾客作出跟进承诺</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Who keeps it?</source>
        <translation>由谁兑现？</translation>
    </message>
    <message>
        <source>How will the guest be told?</source>
        <translation>如何告知宾客？</translation>
    </message>
    <message>
        <source>e.g. at the desk, phone call to gate B7</source>
        <translation>例如：在前台告知，或致电 B7 登机口</translation>
    </message>
    <message>
        <source>Needs the duty manager now (escalate)</source>
        <translation>需要值班经理立即处理（上报）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>保存反馈</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>VIP Desk — set up another lounge</source>
        <translation>VIP Desk — 新设另一个贵宾室</translation>
    </message>
    <message>
        <source>VIP Desk — set up your lounge</source>
        <translation>VIP Desk — 设置您的贵宾室</translation>
    </message>
    <message>
        <source>Language of the lounge</source>
        <translation>贵宾室语言</translation>
    </message>
    <message>
        <source>The language the sign-in screen speaks, and that of staff who have not chosen their own there. You can change it later in Settings.</source>
        <translation>登录界面使用的语言，也是未在登录界面自选语言的员工所用的语言。以后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>Set up another lounge</source>
        <translation>新设另一个贵宾室</translation>
    </message>
    <message>
        <source>A new lounge in this database, with its own administrator and staff. This desk keeps serving its own lounge; it serves the new one only if you choose it in Settings → This desk.</source>
        <translation>在此数据库中新设一个贵宾室，有其自己的管理员和员工。本前台仍为原贵宾室服务；只有在“设置 → 本前台”中选择新贵宾室后，才会为它服务。</translation>
    </message>
    <message>
        <source>Its administrator&apos;s full name</source>
        <translation>其管理员的全名</translation>
    </message>
    <message>
        <source>Set up the lounge</source>
        <translation>设置贵宾室</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 至 %2 位数字</translation>
    </message>
    <message>
        <source>Type a city, e.g. Copenhagen</source>
        <translation>输入城市，例如 Shanghai</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>新卡座</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>卡座 {number}</translation>
    </message>
    <message>
        <source>VIP Room {number}</source>
        <translation>贵宾包间 {number}</translation>
    </message>
    <message>
        <source>The two PINs differ. Please type them again.</source>
        <translation>两次输入的 PIN 码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Welcome to VIP Desk</source>
        <translation>欢迎使用 VIP Desk</translation>
    </message>
    <message>
        <source>Tell us about your lounge. You can change all of this later in Settings.</source>
        <translation>请介绍一下您的贵宾室。以上内容以后均可在“设置”中更改。</translation>
    </message>
    <message>
        <source>Lounge name</source>
        <translation>贵宾室名称</translation>
    </message>
    <message>
        <source>e.g. Aurora Lounge</source>
        <translation>例如 Aurora Lounge</translation>
    </message>
    <message>
        <source>Airport (IATA)</source>
        <translation>机场（IATA 代码）</translation>
    </message>
    <message>
        <source>e.g. CPH</source>
        <translation>例如 PEK</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>您的全名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 至 12 位数字</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <source>Spaces where guests are seated</source>
        <translation>宾客就座的区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Add space</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>返回设置</translation>
    </message>
    <message>
        <source>Open the lounge</source>
        <translation>开启贵宾室</translation>
    </message>
</context>
<context>
    <name>FlightDialog</name>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Departure (HH:MM)</source>
        <translation>起飞时间（HH:MM）</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>登机口</translation>
    </message>
    <message>
        <source>Boarding (HH:MM)</source>
        <translation>登机时间（HH:MM）</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Edit flight</source>
        <translation>编辑航班</translation>
    </message>
    <message>
        <source>Add a flight</source>
        <translation>添加航班</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>GuestReport</name>
    <message>
        <source>Daily guest report</source>
        <translation>每日宾客报表</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入室</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>离室</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>舱位</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>入室资格</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>停留</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>{date} · a day of {hours} in {zone}</source>
        <translation>{date} · 以 {zone} 时间计，全天 {hours}</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>No guests visited the lounge on this day.</source>
        <translation>当天没有宾客到访贵宾室。</translation>
    </message>
    <message>
        <source>No visit began between local midnight and the next; there are no figures to report.</source>
        <translation>当地时间零点至次日零点之间没有到访，无数据可报。</translation>
    </message>
    <message>
        <source>guests (everyone in each party)</source>
        <translation>宾客（含同行人员）</translation>
    </message>
    <message>
        <source>parties (visits checked in)</source>
        <translation>组（登记入室的到访）</translation>
    </message>
    <message>
        <source>most at once, {hours}</source>
        <translation>同时在场最多，{hours}</translation>
    </message>
    <message>
        <source>most at once</source>
        <translation>同时在场最多</translation>
    </message>
    <message>
        <source>seats in the lounge</source>
        <translation>贵宾室座位</translation>
    </message>
    <message>
        <source>average stay</source>
        <translation>平均停留</translation>
    </message>
    <message>
        <source>longest stay</source>
        <translation>最长停留</translation>
    </message>
    <message>
        <source>waits of {minutes} min or more</source>
        <translation>等候 {minutes} 分钟及以上</translation>
    </message>
    <message>
        <source>average of {ratings}</source>
        <translation>{ratings}的平均分</translation>
    </message>
    <message>
        <source>{n} rating</source>
        <translation>{n} 条评分</translation>
    </message>
    <message>
        <source>{n} ratings</source>
        <translation>{n} 条评分</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>组数</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>到访宾客</translation>
    </message>
    <message>
        <source>Guests count everyone who came in; parties count visits (a guest and the people who came in with them).</source>
        <translation>宾客按入室的每一位计；组按到访计（一位宾客及其同行人员）。</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <source>Peak: {guests} at once, {hours}, against {seats} seats.</source>
        <translation>高峰：{hours}同时有 {guests}，座位共 {seats} 个。</translation>
    </message>
    <message>
        <source>{n} guest</source>
        <translation>{n} 位宾客</translation>
    </message>
    <message>
        <source>{n} guests</source>
        <translation>{n} 位宾客</translation>
    </message>
    <message>
        <source>Nobody was in the lounge.</source>
        <translation>贵宾室内无人。</translation>
    </message>
    <message>
        <source>Occupancy by hour</source>
        <translation>每小时在场人数</translation>
    </message>
    <message>
        <source>The most guests in the lounge at one time in each hour (local time). {peak}</source>
        <translation>每小时内贵宾室同时在场的最多宾客人数（当地时间）。{peak}</translation>
    </message>
    <message>
        <source>hour of the day (local time)</source>
        <translation>时段（当地时间）</translation>
    </message>
    <message>
        <source>busiest hour</source>
        <translation>最繁忙时段</translation>
    </message>
    <message>
        <source>{n} seat</source>
        <translation>{n} 个座位</translation>
    </message>
    <message>
        <source>{n} seats</source>
        <translation>{n} 个座位</translation>
    </message>
    <message>
        <source>Average stay {average} and longest {longest}, over the {parties} who checked out;</source>
        <translation>已离室的 {parties}平均停留 {average}，最长 {longest}；</translation>
    </message>
    <message>
        <source>{parties} had not checked out when this report was printed.</source>
        <translation>本报表打印时仍有 {parties}未离室。</translation>
    </message>
    <message>
        <source>every party had checked out when this report was printed.</source>
        <translation>本报表打印时所有宾客均已离室。</translation>
    </message>
    <message>
        <source>Stays and waits</source>
        <translation>停留与等候</translation>
    </message>
    <message>
        <source>No guest waited {minutes} minutes or more.</source>
        <translation>没有宾客等候 {minutes} 分钟及以上。</translation>
    </message>
    <message>
        <source>{waits} reached the fatigue threshold of {minutes} minutes; the longest lasted {longest}. Alerts answered within {escalate} minutes: {in_time}; answered late: {late}; never answered: {never}.</source>
        <translation>{waits}达到 {minutes} 分钟的久候提醒时限，最长 {longest}。{escalate} 分钟内响应的提醒：{in_time}；响应较晚：{late}；未响应：{never}。</translation>
    </message>
    <message>
        <source>{n} wait</source>
        <translation>{n} 次等候</translation>
    </message>
    <message>
        <source>{n} waits</source>
        <translation>{n} 次等候</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>及时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>较晚</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未响应</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等候时长</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>响应人</translation>
    </message>
    <message>
        <source>In time?</source>
        <translation>是否及时</translation>
    </message>
    <message>
        <source>Exceptions granted by duty managers</source>
        <translation>值班经理特批</translation>
    </message>
    <message>
        <source>No exceptions were granted.</source>
        <translation>当天无值班经理特批。</translation>
    </message>
    <message>
        <source>{parties} ({guests}) came in on a duty manager&apos;s exception.</source>
        <translation>{parties}（{guests}）经值班经理特批入室。</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>No guest gave a rating.</source>
        <translation>没有宾客评分。</translation>
    </message>
    <message>
        <source>{ratings}, average {average} out of 5 ({share} of parties rated their visit).</source>
        <translation>{ratings}，平均 {average} 分（满分 5 分）；{share} 的到访组给出了评分。</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>{n} party</source>
        <translation>{n} 组宾客</translation>
    </message>
    <message>
        <source>{n} parties</source>
        <translation>{n} 组宾客</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>全部到访</translation>
    </message>
    <message>
        <source>{visits} in order of arrival; times are local. Waits of {minutes} minutes or more are in red; “+1d” marks a time after midnight.</source>
        <translation>{visits}，按到达顺序排列，时间均为当地时间。等候 {minutes} 分钟及以上以红色标出；“+1天”表示次日零点以后的时间。</translation>
    </message>
    <message>
        <source>{n} visit</source>
        <translation>{n} 次到访</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n} 次到访</translation>
    </message>
    <message>
        <source>in lounge</source>
        <translation>仍在贵宾室</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Frequent flyer</source>
        <translation>常旅客卡号</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到访次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到访</translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <source>Shift and handover</source>
        <translation>班次与交接班</translation>
    </message>
    <message>
        <source>Start my shift</source>
        <translation>开始我的班次</translation>
    </message>
    <message>
        <source>End shift and write handover</source>
        <translation>结束班次并撰写交接班记录</translation>
    </message>
    <message>
        <source>Shift diary</source>
        <translation>班次日志</translation>
    </message>
    <message>
        <source>What should the next shift know?</source>
        <translation>下一班需要知道什么？</translation>
    </message>
    <message>
        <source>Add to diary</source>
        <translation>添加到日志</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Print handover…</source>
        <translation>打印交接班记录…</translation>
    </message>
    <message>
        <source>Read and acknowledge</source>
        <translation>已阅读并确认</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Shift handover. Contains guests&apos; personal data: keep it at the desk and dispose of it securely.</source>
        <translation>交接班记录。含宾客个人信息：请留存于前台，用后安全销毁。</translation>
    </message>
    <message>
        <source>{staff} · {start} to {end} · {day}</source>
        <translation>{staff} · {start} 至 {end} · {day}</translation>
    </message>
    <message>
        <source>guests in the lounge</source>
        <translation>贵宾室内宾客</translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation>正在等候</translation>
    </message>
    <message>
        <source>open items</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>promises overdue</source>
        <translation>已逾期的跟进承诺</translation>
    </message>
    <message>
        <source>work orders pending</source>
        <translation>待处理工单</translation>
    </message>
    <message>
        <source>Read and acknowledged by</source>
        <translation>阅读并确认人</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Promises and open items</source>
        <translation>跟进承诺与未结事项</translation>
    </message>
    <message>
        <source>Nothing open: no complaints, requests or promises.</source>
        <translation>没有未结事项：无投诉、请求或跟进承诺。</translation>
    </message>
    <message>
        <source>no guest on record</source>
        <translation>无宾客记录</translation>
    </message>
    <message>
        <source>ESCALATED</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>OVERDUE promise</source>
        <translation>已逾期的跟进承诺</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>跟进承诺</translation>
    </message>
    <message>
        <source>by {due}, {owner}: {how}</source>
        <translation>{due} 前，{owner}：{how}</translation>
    </message>
    <message>
        <source>{n} work order pending</source>
        <translation>{n} 张工单待处理</translation>
    </message>
    <message>
        <source>{n} work orders pending</source>
        <translation>{n} 张工单待处理</translation>
    </message>
    <message>
        <source>With</source>
        <translation>负责</translation>
    </message>
    <message>
        <source>logged {time}</source>
        <translation>{time} 记录</translation>
    </message>
    <message>
        <source>(full text in VIP Desk, item #{number})</source>
        <translation>（全文见 VIP Desk 事项 #{number}）</translation>
    </message>
    <message>
        <source>Expects</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Pending work orders</source>
        <translation>待处理工单</translation>
    </message>
    <message>
        <source>No work orders pending.</source>
        <translation>没有待处理的工单。</translation>
    </message>
    <message>
        <source>#{order} (item #{item})</source>
        <translation>#{order}（事项 #{item}）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理内容</translation>
    </message>
    <message>
        <source>For</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Guests waiting</source>
        <translation>等候中的宾客</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>没有宾客在等候。</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Guests in the lounge</source>
        <translation>贵宾室内的宾客</translation>
    </message>
    <message>
        <source>The lounge is empty.</source>
        <translation>贵宾室内没有宾客。</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>登机时间</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>服务员</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>No diary entries this shift.</source>
        <translation>本班次没有日志记录。</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <source>You have not started a shift. Start it to write the diary.</source>
        <translation>您尚未开始班次。开始班次后即可撰写日志。</translation>
    </message>
    <message>
        <source>{name}, your shift started at {time}.</source>
        <translation>{name}，您的班次开始于 {time}。</translation>
    </message>
    <message>
        <source>Your shift has started.</source>
        <translation>您的班次已开始。</translation>
    </message>
    <message>
        <source>Added to the diary.</source>
        <translation>已添加到日志。</translation>
    </message>
    <message>
        <source>Your shift has ended and the handover is written. Print it, or leave it for the next shift to read here.</source>
        <translation>您的班次已结束，交接班记录已生成。可打印，或留在此处供下一班阅读。</translation>
    </message>
    <message>
        <source>Handover acknowledged.</source>
        <translation>交接班记录已确认。</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>No handover is waiting. When you end your shift, the handover for the next shift is written here.</source>
        <translation>目前没有待阅读的交接班记录。您结束班次时，给下一班的交接班记录将在此生成。</translation>
    </message>
    <message>
        <source>Handover from {name}, {start} to {end}</source>
        <translation>{name} 的交接班记录，{start} 至 {end}</translation>
    </message>
    <message>
        <source>Read and acknowledged by {name} at {time}.</source>
        <translation>{name} 已于 {time} 阅读并确认。</translation>
    </message>
    <message>
        <source>Promise due {due}, {owner}: {how}</source>
        <translation>跟进承诺期限 {due}，{owner}：{how}</translation>
    </message>
    <message>
        <source>{guest}, {minutes} min, {reason}</source>
        <translation>{guest}，{minutes} 分钟，{reason}</translation>
    </message>
    <message numerus="yes">
        <source>party of %n</source>
        <translation>
            <numerusform>一行 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>boards {time}</source>
        <translation>{time} 登机</translation>
    </message>
    <message>
        <source>Waiting for the next shift to read it.</source>
        <translation>等待下一班阅读。</translation>
    </message>
    <message>
        <source>Please read it all, then acknowledge.</source>
        <translation>请完整阅读后确认。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>no guest</source>
        <translation>无宾客</translation>
    </message>
    <message>
        <source>(escalated)</source>
        <translation>（已上报）</translation>
    </message>
    <message>
        <source>OVERDUE </source>
        <translation>已逾期 </translation>
    </message>
    <message>
        <source>Open complaints and requests</source>
        <translation>未结的投诉与需求</translation>
    </message>
    <message>
        <source>Pending work orders</source>
        <translation>待完成的工单</translation>
    </message>
    <message>
        <source>#{order} ({department}, item #{item}, {guest}): {description}</source>
        <translation>#{order}（{department}，事项 #{item}，{guest}）：{description}</translation>
    </message>
    <message>
        <source>#{order} ({department}, item #{item}): {description}</source>
        <translation>#{order}（{department}，事项 #{item}）：{description}</translation>
    </message>
    <message>
        <source>Guests waiting</source>
        <translation>等候中的宾客</translation>
    </message>
    <message>
        <source>Guests in the lounge</source>
        <translation>贵宾室内的宾客</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>Backup failed: {problem}</source>
        <translation>备份失败：{problem}</translation>
    </message>
    <message>
        <source>Backup failed: an unexpected error (see the desk&apos;s log).</source>
        <translation>备份失败：发生意外错误（请查看前台日志）。</translation>
    </message>
    <message>
        <source>The retention job failed: an unexpected error (see the desk&apos;s log).</source>
        <translation>数据保留任务失败：发生意外错误（请查看前台日志）。</translation>
    </message>
</context>
<context>
    <name>InLoungeModel</name>
    <message>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Pax</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
</context>
<context>
    <name>LoungeChooser</name>
    <message>
        <source>VIP Desk — choose this desk&apos;s lounge</source>
        <translation>VIP Desk — 选择本前台所属的贵宾室</translation>
    </message>
</context>
<context>
    <name>LoungeChooserForm</name>
    <message>
        <source>Which lounge does this desk serve?</source>
        <translation>本前台为哪个贵宾室服务？</translation>
    </message>
    <message>
        <source>This database holds several lounges. Choose this desk&apos;s lounge once; the desk remembers it. An administrator can change it, or set up another lounge, in Settings → This desk.</source>
        <translation>此数据库中有多个贵宾室。请为本前台选择一次所属贵宾室，前台会记住它。管理员可在“设置 → 本前台”中更改，或新设一个贵宾室。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open this lounge</source>
        <translation>打开此贵宾室</translation>
    </message>
</context>
<context>
    <name>LoungeSettings</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Amber warning after</source>
        <translation>黄色预警时间</translation>
    </message>
    <message>
        <source>A waiting guest&apos;s row turns amber this long after the wait started: act before the fatigue alert.</source>
        <translation>宾客开始等候满此时长后，其所在行变为黄色：请在久候提醒之前处理。</translation>
    </message>
    <message>
        <source>Fatigue alert after</source>
        <translation>久候提醒时间</translation>
    </message>
    <message>
        <source>The fatigue alert is raised after this long waiting; a guest still waiting this long after it was acknowledged is the duty manager&apos;s.</source>
        <translation>宾客等候满此时长即发出久候提醒；提醒确认后又等候满此时长的宾客，转由值班经理处理。</translation>
    </message>
    <message>
        <source>Escalate unacknowledged alert after</source>
        <translation>未确认提醒上报时间</translation>
    </message>
    <message>
        <source>A fatigue alert nobody has acknowledged this long after it was due goes to the duty manager.</source>
        <translation>久候提醒到期后满此时长仍无人确认，即上报值班经理。</translation>
    </message>
    <message>
        <source>Boarding reminder</source>
        <translation>登机提醒</translation>
    </message>
    <message>
        <source> min before boarding</source>
        <translation> 分钟（登机前）</translation>
    </message>
    <message>
        <source>Guests whose boarding is this close are shown on the board, to be reminded.</source>
        <translation>距登机时间不足此时长的宾客显示在看板上，以便提醒。</translation>
    </message>
    <message>
        <source>Lock the desk when idle for</source>
        <translation>前台闲置锁定时间</translation>
    </message>
    <message>
        <source>Nothing of one agent&apos;s work stays on screen for the next: an idle desk locks and asks for a PIN.</source>
        <translation>上一位接待员的工作不会留在屏幕上给下一位看到：前台闲置后自动锁定，需输入 PIN 码。</translation>
    </message>
    <message>
        <source>Keep guests&apos; personal data for</source>
        <translation>宾客个人资料保留</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>After this, a guest&apos;s personal data is anonymised; the reports keep their counts.</source>
        <translation>超过此期限，宾客个人资料将被匿名化；报表中的统计数字保留。</translation>
    </message>
    <message>
        <source>Back up the database every</source>
        <translation>数据库备份间隔</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours between scheduled backups of the lounge&apos;s database.</source>
        <translation>贵宾室数据库两次定时备份之间的小时数。</translation>
    </message>
    <message>
        <source>Reports from the command line need a staff PIN</source>
        <translation>从命令行生成报表需要员工 PIN 码</translation>
    </message>
    <message>
        <source>Off for a scheduled report job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation>定时生成报表的任务无人值守，应关闭此项。无论开关与否，每次运行都记入审计记录。</translation>
    </message>
    <message>
        <source>Backups from the command line need a staff PIN</source>
        <translation>从命令行备份需要员工 PIN 码</translation>
    </message>
    <message>
        <source>Off for a scheduled backup job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation>定时备份的任务无人值守，应关闭此项。无论开关与否，每次运行都记入审计记录。</translation>
    </message>
    <message>
        <source>Restores from the command line need an administrator&apos;s PIN</source>
        <translation>从命令行恢复数据需要管理员 PIN 码</translation>
    </message>
    <message>
        <source>A restore replaces every guest&apos;s record: leave this on.</source>
        <translation>恢复数据会替换所有宾客记录：请保持开启。</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Wi-Fi 网络</translation>
    </message>
    <message>
        <source>Printed on every welcome card.</source>
        <translation>打印在每张欢迎卡上。</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Wi-Fi 密码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Desk</source>
        <translation>VIP Desk</translation>
    </message>
    <message>
        <source>Lock desk</source>
        <translation>锁定前台</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Nothing to show for your role.</source>
        <translation>您的角色没有可显示的内容。</translation>
    </message>
    <message>
        <source>Your PIN no longer meets the PIN rules: please ask an administrator to set a new one in Staff.</source>
        <translation>您的 PIN 码已不符合 PIN 码规则：请联系管理员在“员工”中重新设置。</translation>
    </message>
    <message>
        <source>You have been signed out: an administrator has changed your account so that you can no longer sign in here.</source>
        <translation>您已被退出：管理员已更改您的账户，您无法再在此登录。</translation>
    </message>
    <message>
        <source>The boarding pass was not read: checking guests in is not part of your role.</source>
        <translation>未读取登机牌：为宾客登记入室不属于您的角色职责。</translation>
    </message>
    <message>
        <source>Closing the desk needs a duty manager or an administrator.</source>
        <translation>关闭前台需要值班经理或管理员授权。</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Manual entry</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>先生</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>女士</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>太太</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>小姐</translation>
    </message>
    <message>
        <source>Dr</source>
        <translation>博士</translation>
    </message>
    <message>
        <source>Prof</source>
        <translation>教授</translation>
    </message>
</context>
<context>
    <name>ManualEntryForm</name>
    <message>
        <source>Manual entry</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>For a pass that will not scan, or an invited guest without one. The same checks as a scan apply.</source>
        <translation>用于无法扫描的登机牌，或没有登机牌的受邀宾客。校验规则与扫描相同。</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>Frequent-flyer airline</source>
        <translation>常旅客航空公司</translation>
    </message>
    <message>
        <source>Frequent-flyer number</source>
        <translation>常旅客卡号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>常旅客等级</translation>
    </message>
    <message>
        <source>Lounge membership card</source>
        <translation>贵宾室会员卡</translation>
    </message>
    <message>
        <source>From (airport)</source>
        <translation>出发（机场）</translation>
    </message>
    <message>
        <source>To (airport)</source>
        <translation>到达（机场）</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <source>Flight number</source>
        <translation>航班号</translation>
    </message>
    <message>
        <source>Flight date</source>
        <translation>航班日期</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>舱位</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Invited guest (no flight needed)</source>
        <translation>受邀宾客（无需航班）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This is not a boarding pass: the booking reference of leg {leg} is not a booking reference (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的订座记录编号不是有效的订座记录编号（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the departure airport of leg {leg} is not an airport code (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的出发机场不是机场代码（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the arrival airport of leg {leg} is not an airport code (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的到达机场不是机场代码（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the airline of leg {leg} is not an airline code (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的航空公司不是航空公司代码（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the flight number of leg {leg} is not a flight number (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的航班号不是有效的航班号（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the flight date of leg {leg} is not a day of the year (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的航班日期不是一年中的有效日序（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the cabin of leg {leg} is not a cabin letter (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的舱位不是舱位字母（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the seat of leg {leg} is not a seat number (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的座位不是座位号（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the check-in number of leg {leg} is not a check-in number (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的值机序号不是有效的值机序号（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the passenger status of leg {leg} is not a passenger status (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段的旅客状态不是有效的旅客状态（读到 {value}）。</translation>
    </message>
    <message>
        <source>This boarding pass could not be read. Please enter the details by hand.</source>
        <translation>无法读取此登机牌。请手动输入信息。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: no text was scanned.</source>
        <translation>这不是登机牌：没有扫描到任何文字。</translation>
    </message>
    <message>
        <source>Nothing was scanned: the boarding pass is empty.</source>
        <translation>没有扫描到内容：登机牌为空。</translation>
    </message>
    <message>
        <source>This is not one boarding pass: the text has a line break in it (position {position}), as if two scans were read together. Scan one boarding pass at a time.</source>
        <translation>这不是一张登机牌：文字中有换行（第 {position} 位），像是两次扫描被一起读入。请一次只扫描一张登机牌。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it contains an invisible control character (code {code} at position {position}). Boarding passes never do; check the scanner&apos;s settings and scan again.</source>
        <translation>这不是登机牌：其中含有不可见的控制字符（代码 {code}，第 {position} 位）。登机牌从不含这种字符；请检查扫描枪的设置后重新扫描。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it contains {character} (position {position}), a character boarding passes never carry. If the printed pass looks fine, check that the scanner&apos;s keyboard layout matches this computer&apos;s.</source>
        <translation>这不是登机牌：其中含有 {character}（第 {position} 位），登机牌从不含这个字符。如果纸质登机牌看起来没有问题，请检查扫描枪的键盘布局是否与这台电脑一致。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it should start with &apos;M&apos; (got {value}). Is Caps Lock on?</source>
        <translation>这不是登机牌：开头应为“M”（读到 {value}）。是否开启了大写锁定？</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it should start with &apos;M&apos; (got {value}).</source>
        <translation>这不是登机牌：开头应为“M”（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the number of legs should be a digit from 1 to {most} (got nothing).</source>
        <translation>这不是登机牌：航段数应为 1 到 {most} 之间的数字（什么也没读到）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the number of legs should be a digit from 1 to {most} (got {value}).</source>
        <translation>这不是登机牌：航段数应为 1 到 {most} 之间的数字（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass, or only part of it was read: it has {length} characters, and a boarding pass has at least {least}. Scan it again.</source>
        <translation>这不是登机牌，或只读到了一部分：只有 {length} 个字符，而登机牌至少有 {least} 个。请重新扫描。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the electronic ticket indicator should be &apos;E&apos; (got {value}).</source>
        <translation>这不是登机牌：电子客票标识应为“E”（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass, or only part of it was read: it announces {announced} legs but holds only {held}.</source>
        <translation>这不是登机牌，或只读到了一部分：标明有 {announced} 个航段，实际只有 {held} 个。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the size of the additional data of leg {leg} should be two hexadecimal digits (got {value}).</source>
        <translation>这不是登机牌：第 {leg} 航段附加数据的长度应为两位十六进制数字（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is not a boarding pass, or only part of it was read: leg {leg} announces {size} more characters but only {available} follow. Scan it again.</source>
        <translation>这不是登机牌，或只读到了一部分：第 {leg} 航段标明后面还有 {size} 个字符，实际只有 {available} 个。请重新扫描。</translation>
    </message>
    <message>
        <source>This is not a boarding pass: unexpected characters follow its end (got {value}).</source>
        <translation>这不是登机牌：结尾后面还有多余的字符（读到 {value}）。</translation>
    </message>
    <message>
        <source>This is two boarding passes read as one. Scan one boarding pass at a time.</source>
        <translation>两张登机牌被当作一张读入了。请一次只扫描一张登机牌。</translation>
    </message>
    <message>
        <source>Please say whether the promise to the guest was kept.</source>
        <translation>请说明对宾客的跟进承诺是否已兑现。</translation>
    </message>
    <message>
        <source>This item has no promise waiting to be kept.</source>
        <translation>此事项没有待兑现的跟进承诺。</translation>
    </message>
    <message>
        <source>It is closed; log a new one if the guest comes back.</source>
        <translation>它已关闭；如宾客再次反映，请新建一条。</translation>
    </message>
    <message>
        <source>Assign it to a department first.</source>
        <translation>请先分派给相关部门。</translation>
    </message>
    <message>
        <source>Start work on it before resolving it.</source>
        <translation>请先开始处理，再标记为已解决。</translation>
    </message>
    <message>
        <source>Resolve it before closing it.</source>
        <translation>请先解决，再关闭。</translation>
    </message>
    <message>
        <source>Only a resolved item can be reopened.</source>
        <translation>只有已解决的事项才能重新打开。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>This item is {status}. {refusal}</source>
        <translation>此事项状态为“{status}”。{refusal}</translation>
    </message>
    <message>
        <source>This item is closed; log a new one if the guest comes back.</source>
        <translation>此事项已关闭；如宾客再次反映，请新建一条。</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>departure time</source>
        <translation>起飞时间</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>登机口</translation>
    </message>
    <message>
        <source>boarding time</source>
        <translation>登机时间</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>{sentences} {sentence}</source>
        <translation>{sentences}{sentence}</translation>
    </message>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems}{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problems}; and {more} more.</source>
        <translation>未导入任何内容。{problems}另有 {more} 个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported. {problems}.</source>
        <translation>未导入任何内容。{problems}</translation>
    </message>
    <message>
        <source>The flight {value} is not a flight like SK 1234.</source>
        <translation>航班 {value} 不是 SK 1234 这样的航班号。</translation>
    </message>
    <message>
        <source>The boarding time {time} does not exist on {day} in {zone}: the clocks go forward that night. Please check the time.</source>
        <translation>{day}在 {zone} 时区不存在登机时间 {time}：当晚时钟拨快。请核对时间。</translation>
    </message>
    <message>
        <source>The departure time {time} does not exist on {day} in {zone}: the clocks go forward that night. Please check the time.</source>
        <translation>{day}在 {zone} 时区不存在起飞时间 {time}：当晚时钟拨快。请核对时间。</translation>
    </message>
    <message>
        <source>The boarding time {value} is not a time like 09:35 (or 2026-11-23T09:35).</source>
        <translation>登机时间 {value} 不是 09:35（或 2026-11-23T09:35）这样的时间。</translation>
    </message>
    <message>
        <source>The departure time {value} is not a time like 09:35 (or 2026-11-23T09:35).</source>
        <translation>起飞时间 {value} 不是 09:35（或 2026-11-23T09:35）这样的时间。</translation>
    </message>
    <message>
        <source>The departure {value} is on {day}, not on {imported}, the day being imported.</source>
        <translation>起飞时间 {value} 在{day}，不在正在导入的日期{imported}。</translation>
    </message>
    <message>
        <source>The boarding time must be before the departure time.</source>
        <translation>登机时间必须早于起飞时间。</translation>
    </message>
    <message>
        <source>Boarding at {boarding} would be {hours} h {minutes} min before the departure at {departure}; boarding starts at most 3 hours before departure. Please check the times.</source>
        <translation>{boarding} 登机将比 {departure} 起飞早 {hours} 小时 {minutes} 分钟；登机最早在起飞前 3 小时开始。请核对时间。</translation>
    </message>
    <message>
        <source>The {what} cell is {length} characters long; it can have at most {most}.</source>
        <translation>{what}单元格有 {length} 个字符；最多只能有 {most} 个。</translation>
    </message>
    <message>
        <source>The {what} cell contains control characters.</source>
        <translation>{what}单元格含有控制字符。</translation>
    </message>
    <message>
        <source>The {what} is missing.</source>
        <translation>缺少{what}。</translation>
    </message>
    <message>
        <source>The gate {value} is not a gate like A12 or C 26.</source>
        <translation>登机口 {value} 不是 A12 或 C 26 这样的登机口。</translation>
    </message>
    <message>
        <source>The destination {value} is not an airport code like OSL.</source>
        <translation>目的地 {value} 不是 OSL 这样的机场代码。</translation>
    </message>
    <message>
        <source>Two columns are the {what}: {first} and {second}. Please keep one.</source>
        <translation>有两列都是{what}：{first} 和 {second}。请只保留一列。</translation>
    </message>
    <message>
        <source>The first line must name the columns, like: Flight;Departure;Gate;Boarding.</source>
        <translation>第一行必须写出列名，例如：Flight;Departure;Gate;Boarding。</translation>
    </message>
    <message>
        <source>The header has no {what} column; the columns needed are Flight and Departure (Gate and Boarding if known).</source>
        <translation>标题行没有{what}列；必需的列是 Flight 和 Departure（已知时还有 Gate 和 Boarding）。</translation>
    </message>
    <message>
        <source>The file has {length} characters; a day&apos;s departures file has at most {most}. Is it the right file?</source>
        <translation>文件有 {length} 个字符；一天的航班文件最多只有 {most} 个。这是正确的文件吗？</translation>
    </message>
    <message>
        <source>A day&apos;s file has at most {most} flights; this line is one too many. Is it the right file?</source>
        <translation>一天的文件最多有 {most} 个航班；这一行超出了。这是正确的文件吗？</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV ({error}).</source>
        <translation>这一行无法按 CSV 读取（{error}）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has a header but no flights.</source>
        <translation>文件有标题行，但没有航班。</translation>
    </message>
    <message>
        <source>{flight} is also on line {line}.</source>
        <translation>{flight} 也在第 {line} 行。</translation>
    </message>
    <message>
        <source>The {what} can have at most {most} characters.</source>
        <translation>{what}最多只能有 {most} 个字符。</translation>
    </message>
    <message>
        <source>The {what} contains control characters.</source>
        <translation>{what}含有控制字符。</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>title</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>frequent-flyer tier</source>
        <translation>常旅客等级</translation>
    </message>
    <message>
        <source>membership card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Please enter the airline, like SK.</source>
        <translation>请输入航空公司，例如 SK。</translation>
    </message>
    <message>
        <source>An airline code is two or three letters or digits, like SK or D8.</source>
        <translation>航空公司代码是两到三个字母或数字，例如 SK 或 D8。</translation>
    </message>
    <message>
        <source>A flight number is one to four digits and maybe a letter, like 1234 or 61A.</source>
        <translation>航班号是一到四位数字，可能带一个字母，例如 1234 或 61A。</translation>
    </message>
    <message>
        <source>Please enter the flight date.</source>
        <translation>请输入航班日期。</translation>
    </message>
    <message>
        <source>The cabin code is one letter, like J or Y.</source>
        <translation>舱位代码是一个字母，例如 J 或 Y。</translation>
    </message>
    <message>
        <source>A seat is a row and a letter, like 12A.</source>
        <translation>座位号由排号和字母组成，例如 12A。</translation>
    </message>
    <message>
        <source>The check-in number is one to five letters or digits.</source>
        <translation>值机序号是一到五个字母或数字。</translation>
    </message>
    <message>
        <source>A frequent-flyer programme is an airline code, like SK.</source>
        <translation>常旅客计划用航空公司代码表示，例如 SK。</translation>
    </message>
    <message>
        <source>A frequent-flyer number is up to 20 letters and digits.</source>
        <translation>常旅客卡号最多 20 个字母和数字。</translation>
    </message>
    <message>
        <source>This boarding pass is for {flight_date}, not today ({today}). Please check the date with the guest.</source>
        <translation>此登机牌的日期是 {flight_date}，不是今天（{today}）。请与宾客核对日期。</translation>
    </message>
    <message>
        <source>The {what} is not an amount.</source>
        <translation>{what}不是有效金额。</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>{what}不能为负数。</translation>
    </message>
    <message>
        <source>The {what} can be at most {most}.</source>
        <translation>{what}最多为 {most}。</translation>
    </message>
    <message>
        <source>The {what} has at most two decimals.</source>
        <translation>{what}最多保留两位小数。</translation>
    </message>
    <message>
        <source>rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>常旅客等级</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>companion price</source>
        <translation>随行人员价格</translation>
    </message>
    <message>
        <source>An exception is granted by a duty manager, not by a rule.</source>
        <translation>特批由值班经理授予，不能由规则授予。</translation>
    </message>
    <message>
        <source>An airline code is two or three letters or digits, like SK.</source>
        <translation>航空公司代码是两到三个字母或数字，例如 SK。</translation>
    </message>
    <message>
        <source>Choose a cabin, an airline, or both.</source>
        <translation>请选择舱位、航空公司，或两者都选。</translation>
    </message>
    <message>
        <source>Name the tier, or several separated by commas, like GOLD, DIAMOND.</source>
        <translation>请填写常旅客等级，多个等级用逗号分隔，例如 GOLD, DIAMOND。</translation>
    </message>
    <message>
        <source>Paid entry needs a price.</source>
        <translation>付费入室需要设定价格。</translation>
    </message>
    <message>
        <source>Companions: a number from 0 to {most}.</source>
        <translation>随行人员：0 到 {most} 之间的数字。</translation>
    </message>
    <message>
        <source>First class</source>
        <translation>头等舱</translation>
    </message>
    <message>
        <source>Business class</source>
        <translation>商务舱</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>超级经济舱</translation>
    </message>
    <message>
        <source>Economy class</source>
        <translation>经济舱</translation>
    </message>
    <message>
        <source>{cabin} on {flight}</source>
        <translation>{flight} 航班{cabin}</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>旅客</translation>
    </message>
    <message>
        <source>{programme} frequent flyer, {tier}</source>
        <translation>{programme} 常旅客，{tier}</translation>
    </message>
    <message>
        <source>Lounge membership card</source>
        <translation>贵宾室会员卡</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>受邀宾客</translation>
    </message>
    <message>
        <source>{facts}: admitted by the rule “{rule}”.</source>
        <translation>{facts}：按准入规则“{rule}”准予入室。</translation>
    </message>
    <message>
        <source>No cabin</source>
        <translation>无舱位</translation>
    </message>
    <message>
        <source>{programme} frequent flyer ({tier})</source>
        <translation>{programme} 常旅客（{tier}）</translation>
    </message>
    <message>
        <source>{programme} frequent flyer (no tier known)</source>
        <translation>{programme} 常旅客（常旅客等级未知）</translation>
    </message>
    <message>
        <source>a membership card no rule accepts</source>
        <translation>会员卡不符合任何准入规则</translation>
    </message>
    <message>
        <source>No flight, membership or invitation: no access rule admits this guest. Offer paid entry or ask a duty manager.</source>
        <translation>无航班、会员资格或邀请：没有准入规则允许此宾客入室。请提供付费入室，或请值班经理特批。</translation>
    </message>
    <message>
        <source>{facts}: no access rule admits this guest. Offer paid entry or ask a duty manager.</source>
        <translation>{facts}：没有准入规则允许此宾客入室。请提供付费入室，或请值班经理特批。</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}，{item}</translation>
    </message>
    <message>
        <source>This entry admits the guest alone; companions need their own entry.</source>
        <translation>此入室资格仅限宾客本人；随行人员需各自的入室资格。</translation>
    </message>
    <message>
        <source>This entry admits {free} companion free and {paid} more at {price} each: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>此入室资格可免费带 {free} 名随行人员，另可带 {paid} 名，每人 {price}：最多 {allowed} 名，而不是 {party} 名。其他人需各自的入室资格。</translation>
    </message>
    <message>
        <source>This entry admits {free} companions free and {paid} more at {price} each: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>此入室资格可免费带 {free} 名随行人员，另可带 {paid} 名，每人 {price}：最多 {allowed} 名，而不是 {party} 名。其他人需各自的入室资格。</translation>
    </message>
    <message>
        <source>This entry admits {free} companion free: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>此入室资格可免费带 {free} 名随行人员：最多 {allowed} 名，而不是 {party} 名。其他人需各自的入室资格。</translation>
    </message>
    <message>
        <source>This entry admits {free} companions free: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>此入室资格可免费带 {free} 名随行人员：最多 {allowed} 名，而不是 {party} 名。其他人需各自的入室资格。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>amber warning</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <source>fatigue alert</source>
        <translation>久候提醒</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>boarding reminder</source>
        <translation>登机提醒</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>资料保留期限</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>backup interval</source>
        <translation>备份间隔</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Wi-Fi 网络</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Wi-Fi 密码</translation>
    </message>
    <message>
        <source>The {setting} must come before the {later}.</source>
        <translation>{setting}必须早于{later}。</translation>
    </message>
    <message>
        <source>The setting {name} is either on or off.</source>
        <translation>设置项 {name} 只能为开启或关闭。</translation>
    </message>
    <message>
        <source>The {setting} must be a whole number of {unit}.</source>
        <translation>{setting}必须为整数（单位：{unit}）。</translation>
    </message>
    <message>
        <source>The {setting} must be between {low} and {high} {unit}.</source>
        <translation>{setting}必须在 {low} 到 {high} {unit}之间。</translation>
    </message>
    <message>
        <source>The {setting} is at most {length} characters, without control characters.</source>
        <translation>{setting}最多 {length} 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Please enter the {what}.</source>
        <translation>请输入{what}。</translation>
    </message>
    <message>
        <source>An airport code is three letters, like CPH or PEK.</source>
        <translation>机场代码是三个字母，例如 CPH 或 PEK。</translation>
    </message>
    <message>
        <source>Please choose the lounge&apos;s time zone.</source>
        <translation>请选择贵宾室所在的时区。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone we know. Use a name like Europe/Copenhagen.</source>
        <translation>“{name}”不是已知的时区。请使用类似 Europe/Copenhagen 的名称。</translation>
    </message>
    <message>
        <source>lounge name</source>
        <translation>贵宾室名称</translation>
    </message>
    <message>
        <source>administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>space name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <source>{space} needs at least one seat.</source>
        <translation>{space}至少需要一个座位。</translation>
    </message>
    <message>
        <source>{space}: {seats} seats is more than a lounge space holds.</source>
        <translation>{space}：{seats} 个座位超出了一个贵宾室区域的容量。</translation>
    </message>
    <message>
        <source>A lounge needs at least one space.</source>
        <translation>贵宾室至少需要一个区域。</translation>
    </message>
    <message>
        <source>Two spaces have the same name.</source>
        <translation>有两个区域名称相同。</translation>
    </message>
    <message>
        <source>a front-desk agent, a duty manager or an administrator</source>
        <translation>前台接待员、值班经理或管理员</translation>
    </message>
    <message>
        <source>a duty manager or an administrator</source>
        <translation>值班经理或管理员</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>前台接待员</translation>
    </message>
    <message>
        <source>duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>attendant</source>
        <translation>服务员</translation>
    </message>
    <message>
        <source>check in</source>
        <translation>办理登记入室</translation>
    </message>
    <message>
        <source>seat guests</source>
        <translation>安排宾客就座</translation>
    </message>
    <message>
        <source>log feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <source>write diary</source>
        <translation>填写交接班日志</translation>
    </message>
    <message>
        <source>grant exception</source>
        <translation>批准值班经理特批</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>leave kiosk</source>
        <translation>退出自助终端模式</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>管理员工</translation>
    </message>
    <message>
        <source>edit settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>erase guest</source>
        <translation>删除宾客资料</translation>
    </message>
    <message>
        <source>back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>copy lounge</source>
        <translation>复制贵宾室</translation>
    </message>
    <message>
        <source>confirm clock</source>
        <translation>确认时钟</translation>
    </message>
    <message>
        <source>close escalations</source>
        <translation>关闭上报事项</translation>
    </message>
    <message>
        <source>operator report</source>
        <translation>查看运营商报表</translation>
    </message>
    <message>
        <source>set up lounges</source>
        <translation>设立贵宾室</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this; ask {whom}.</source>
        <translation>{name}（{role}）无权批准此操作；请找{whom}。</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {doing}; ask {whom}.</source>
        <translation>{name}（{role}）无权{doing}；请找{whom}。</translation>
    </message>
    <message>
        <source>Another member of staff already uses this PIN; please choose another.</source>
        <translation>已有其他员工使用此 PIN 码；请另选一个。</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is too easy to guess; please choose another.</source>
        <translation>由同一数字重复组成的 PIN 码太容易被猜到；请另选一个。</translation>
    </message>
    <message>
        <source>A run of digits like 1234 or 9876 is too easy to guess; please choose another.</source>
        <translation>1234 或 9876 这样的连续数字太容易被猜到；请另选一个。</translation>
    </message>
    <message>
        <source>This is one of the commonest PINs and too easy to guess; please choose another.</source>
        <translation>这是最常见的 PIN 码之一，太容易被猜到；请另选一个。</translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>PIN 码只能由数字组成。</translation>
    </message>
    <message>
        <source>An administrator&apos;s PIN needs at least {least} digits.</source>
        <translation>管理员的 PIN 码至少需要 {least} 位数字。</translation>
    </message>
    <message>
        <source>A duty manager&apos;s PIN needs at least {least} digits.</source>
        <translation>值班经理的 PIN 码至少需要 {least} 位数字。</translation>
    </message>
    <message>
        <source>A PIN needs at least {least} digits.</source>
        <translation>PIN 码至少需要 {least} 位数字。</translation>
    </message>
    <message>
        <source>A PIN has at most {most} digits.</source>
        <translation>PIN 码最多 {most} 位数字。</translation>
    </message>
    <message>
        <source>This guest is no longer waiting.</source>
        <translation>此宾客已不在等候。</translation>
    </message>
    <message>
        <source>This alert has already been acknowledged.</source>
        <translation>此提醒已被确认。</translation>
    </message>
    <message>
        <source>This guest&apos;s fatigue alert is not due yet.</source>
        <translation>此宾客的久候提醒尚未到时间。</translation>
    </message>
    <message>
        <source>Please describe what was done as text.</source>
        <translation>请用文字说明已做了什么。</translation>
    </message>
    <message>
        <source>Please say what was done for the guest: a seat, a drink, an update, an apology.</source>
        <translation>请说明为宾客做了什么：安排座位、送饮品、告知最新情况或致歉。</translation>
    </message>
    <message>
        <source>Please describe what else was done.</source>
        <translation>请说明还做了什么。</translation>
    </message>
    <message>
        <source>The note is {length} characters long; the most we keep is {most}. Please shorten it.</source>
        <translation>备注有 {length} 个字符；最多只能保存 {most} 个。请缩短。</translation>
    </message>
    <message>
        <source>The note contains characters that cannot be stored; please retype it.</source>
        <translation>备注含有无法保存的字符；请重新输入。</translation>
    </message>
    <message>
        <source>The desk does not speak the language {code}.</source>
        <translation>前台不支持语言 {code}。</translation>
    </message>
    <message>
        <source>There is no such lounge.</source>
        <translation>没有这个贵宾室。</translation>
    </message>
    <message>
        <source>This lounge is in use: its language is changed in Settings.</source>
        <translation>此贵宾室已在使用中：请在“设置”中更改其语言。</translation>
    </message>
    <message>
        <source>This access rule no longer exists; please reopen Settings.</source>
        <translation>此准入规则已不存在，请重新打开设置。</translation>
    </message>
    <message>
        <source>The disk is full: this action was not saved. Please ask IT to free space, then try again.</source>
        <translation>磁盘已满：此操作未保存。请联系 IT 部释放空间后重试。</translation>
    </message>
    <message>
        <source>The database is read-only: this action was not saved. Please ask IT to check the database file, then try again.</source>
        <translation>数据库为只读：此操作未保存。请联系 IT 部检查数据库文件后重试。</translation>
    </message>
    <message>
        <source>The disk could not be written (I/O error): this action was not saved. Please ask IT to check the disk, then try again.</source>
        <translation>无法写入磁盘（I/O 错误）：此操作未保存。请联系 IT 部检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The database is busy (another desk or program is writing): this action was not saved. Please try again in a moment.</source>
        <translation>数据库正忙（另一前台或程序正在写入）：此操作未保存。请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged: this action was not saved. Please ask IT to restore the newest backup.</source>
        <translation>数据库文件已损坏：此操作未保存。请联系 IT 部恢复最新的备份。</translation>
    </message>
    <message>
        <source>Other desks were changing the same thing at the same moment: this action was not saved. Please try again.</source>
        <translation>其他前台正在同时修改同一内容：此操作未保存。请重试。</translation>
    </message>
    <message>
        <source>The connection to the lounge database was lost: this action may not have been saved (it is never saved twice). Please check the board when the connection is back, then try again; if it stays lost, please ask IT to check the database server and the network.</source>
        <translation>与贵宾室数据库的连接已中断：此操作可能未保存（绝不会重复保存）。连接恢复后请先查看看板再重试；如果连接一直中断，请联系 IT 部检查数据库服务器和网络。</translation>
    </message>
    <message>
        <source>The connection to the lounge database is lost: this was not done. Please do it again once the connection is back.</source>
        <translation>与贵宾室数据库的连接已中断：此操作未执行。请在连接恢复后重新操作。</translation>
    </message>
    <message>
        <source>The connection to the lounge database was lost just as this was saved. It was saved, once: please check the screen before going on.</source>
        <translation>保存时与贵宾室数据库的连接中断。内容已保存（仅一次）：请先核对屏幕再继续。</translation>
    </message>
    <message>
        <source>This visit is not on file here.</source>
        <translation>此处没有该到访的记录。</translation>
    </message>
    <message>
        <source>This guest is not seated; seat them from the waiting list first.</source>
        <translation>该宾客尚未就座；请先从等候名单为其安排就座。</translation>
    </message>
    <message>
        <source>This space no longer exists; please choose another.</source>
        <translation>此区域已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>The party is already in {space}.</source>
        <translation>该一行人员已在{space}。</translation>
    </message>
    <message>
        <source>Choose free, being prepared or reserved.</source>
        <translation>请选择空闲、准备中或已预留。</translation>
    </message>
    <message>
        <source>A space is occupied while a party is seated in it; choose free, being prepared or reserved.</source>
        <translation>区域有人就座时即为占用；请选择空闲、准备中或已预留。</translation>
    </message>
    <message>
        <source>The lobby is open seating; only boxes and VIP rooms have a state.</source>
        <translation>大厅为开放座位；只有卡座和贵宾包间有状态。</translation>
    </message>
    <message>
        <source>A party is seated in {space}; move them or check them out first.</source>
        <translation>{space}有宾客就座；请先为其换区域或办理离室。</translation>
    </message>
    <message>
        <source>Please give the name of the guest the space is reserved for.</source>
        <translation>请填写预留该区域的宾客姓名。</translation>
    </message>
    <message>
        <source>Please give the time the space is reserved until.</source>
        <translation>请填写该区域预留到几点。</translation>
    </message>
    <message>
        <source>The reservation time has already passed; please give a later one.</source>
        <translation>预留时间已过，请填写更晚的时间。</translation>
    </message>
    <message>
        <source>This boarding pass is already checked in; here is that visit.</source>
        <translation>此登机牌已登记入室；这是那次到访。</translation>
    </message>
    <message>
        <source>The guest is still checked in there.</source>
        <translation>宾客仍在那里登记入室中。</translation>
    </message>
    <message>
        <source>That visit has ended.</source>
        <translation>那次到访已结束。</translation>
    </message>
    <message>
        <source>This boarding pass was used at {lounge} at {when}. {there} One boarding pass admits one visit: please ask the guest about it.</source>
        <translation>此登机牌已于{when}在{lounge}使用过。{there}一张登机牌只能入室一次：请向宾客询问。</translation>
    </message>
    <message>
        <source>This boarding pass is for a flight from {origin}, not from {airport}. Please ask the guest for the pass of the flight leaving from here.</source>
        <translation>此登机牌的航班从{origin}出发，而不是{airport}。请向宾客索取从本机场出发航班的登机牌。</translation>
    </message>
    <message>
        <source>{guest} has waited {minutes} for this kind of space ({waiting}): seat them first, or check this guest in anyway.</source>
        <translation>{guest}已等候此类区域{minutes}（{waiting}）：请先为其安排就座，或仍为这位宾客登记入室。</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n 分钟</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n 分钟</translation>
    </message>
    <message>
        <source>%n waiting</source>
        <translation>%n 位在等候</translation>
    </message>
    <message>
        <source>{time} today</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>This lounge sells no entry; ask a duty manager for an exception.</source>
        <translation>本贵宾室不提供付费入室；请向值班经理申请特批。</translation>
    </message>
    <message>
        <source>A party can have at most {most} companions; please check in a larger group in parts.</source>
        <translation>每行最多 {most} 名随行人员；较大的团体请分批登记入室。</translation>
    </message>
    <message>
        <source>Choose paid entry or a duty manager&apos;s exception, not both.</source>
        <translation>请选择付费入室或值班经理特批，不能同时选择。</translation>
    </message>
    <message>
        <source>Please give the reason for the exception.</source>
        <translation>请填写特批的原因。</translation>
    </message>
    <message>
        <source>This guest is not waiting for a seat.</source>
        <translation>该宾客并未在等候座位。</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5, or none.</source>
        <translation>评分须为 1 到 5 的整数，或不评分。</translation>
    </message>
    <message>
        <source>This guest has already checked out.</source>
        <translation>该宾客已离室。</translation>
    </message>
    <message>
        <source>The clock agrees with the last recorded event; there is nothing to confirm.</source>
        <translation>时钟与最后记录的事件一致，无需确认。</translation>
    </message>
    <message>
        <source>There is no item #{number} in this lounge.</source>
        <translation>本贵宾室没有第 {number} 号反馈。</translation>
    </message>
    <message>
        <source>Work order #{number} is already done.</source>
        <translation>第 {number} 号工单已完成。</translation>
    </message>
    <message>
        <source>Work order #{number} is already cancelled.</source>
        <translation>第 {number} 号工单已取消。</translation>
    </message>
    <message>
        <source>Work order #{number} is already open.</source>
        <translation>第 {number} 号工单已处于打开状态。</translation>
    </message>
    <message>
        <source>Please choose {who} from this lounge&apos;s active staff.</source>
        <translation>请从本贵宾室的在职员工中选择{who}。</translation>
    </message>
    <message>
        <source>That visit is not in this lounge.</source>
        <translation>该到访不属于本贵宾室。</translation>
    </message>
    <message>
        <source>That guest is not in the party of this visit.</source>
        <translation>该宾客不在此次到访的同行人员中。</translation>
    </message>
    <message>
        <source>That guest is no longer on record.</source>
        <translation>该宾客已不在记录中。</translation>
    </message>
    <message>
        <source>Please choose who keeps the promise from the active staff.</source>
        <translation>请从在职员工中选择负责兑现承诺的人。</translation>
    </message>
    <message>
        <source>Please choose the colleague from this lounge&apos;s active staff.</source>
        <translation>请从本贵宾室的在职员工中选择该同事。</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Please say whether the promise was kept, not kept, or not made.</source>
        <translation>请说明承诺已兑现、未兑现还是未作出。</translation>
    </message>
    <message>
        <source>This item is already with the duty manager.</source>
        <translation>此反馈已交给值班经理。</translation>
    </message>
    <message>
        <source>who keeps the promise</source>
        <translation>负责兑现承诺的人</translation>
    </message>
    <message>
        <source>There is no work order #{number} in this lounge.</source>
        <translation>本贵宾室没有第 {number} 号工单。</translation>
    </message>
    <message>
        <source>A page holds 1 to {most} items.</source>
        <translation>每页可显示 1 到 {most} 条。</translation>
    </message>
    <message>
        <source>This flight is no longer in the list.</source>
        <translation>此航班已不在列表中。</translation>
    </message>
    <message>
        <source>{flight} on {day} is already in the list; please edit that one.</source>
        <translation>{day}的 {flight} 已在列表中；请编辑那一条。</translation>
    </message>
    <message>
        <source>{flight} was just added at another desk.</source>
        <translation>{flight} 刚刚已在另一前台添加。</translation>
    </message>
    <message>
        <source>Give the reminder time as whole minutes from 0 to {most}.</source>
        <translation>提醒时间请填写 0 到 {most} 之间的整数分钟。</translation>
    </message>
    <message>
        <source>This guest has already been told about boarding.</source>
        <translation>已通知该宾客登机。</translation>
    </message>
    <message>
        <source>Type at least two letters of the name, or the last four characters of the frequent-flyer number.</source>
        <translation>请输入姓名中至少两个字母，或常旅客卡号的后四位。</translation>
    </message>
    <message>
        <source>This guest is no longer on file.</source>
        <translation>该宾客已不在档案中。</translation>
    </message>
    <message>
        <source>The range ends ({last}) before it starts ({first}). Please choose the first day first.</source>
        <translation>结束日期（{last}）早于开始日期（{first}）。请先选择起始日期。</translation>
    </message>
    <message>
        <source>The operator report covers at most {most} days; {first} to {last} is {days}. Please choose a shorter range.</source>
        <translation>运营商报表最多涵盖 {most} 天；{first} 至 {last} 共 {days} 天。请选择更短的时间范围。</translation>
    </message>
    <message>
        <source>If the key file is lost, IT can start again on this PC&apos;s account with &quot;{command}&quot;: a new key, a new PIN for that administrator, and every other PIN to be set again in Staff (see &quot;PIN key&quot; in the README).</source>
        <translation>如果密钥文件丢失，IT 部可在本电脑的账户上用“{command}”重新开始：生成新密钥，为该管理员设置新 PIN 码，其他所有 PIN 码须在“员工”中重新设置（见 README 中的“PIN key”）。</translation>
    </message>
    <message>
        <source>The PIN key file {file} is in the database&apos;s folder, where backups and copies of the folder would take it along. Move it elsewhere and set {variable} to its new path (or unset {variable} to use the default place).</source>
        <translation>PIN 码密钥文件 {file} 位于数据库所在文件夹中，备份或复制该文件夹时会被一并带走。请将其移到别处，并把 {variable} 设为新路径（或取消设置 {variable} 以使用默认位置）。</translation>
    </message>
    <message>
        <source>The PIN key file {file} is missing, but the staff PINs in this database were made with one, so no PIN could be checked and the desk does not start. Put the key file back at {file} (from IT&apos;s safe copy), or set {variable} to where it is. {hint}</source>
        <translation>PIN 码密钥文件 {file} 不见了，但此数据库中员工的 PIN 码是用它生成的，因此无法核对任何 PIN 码，前台无法启动。请将密钥文件放回 {file}（取自 IT 部保存的副本），或把 {variable} 设为其所在位置。{hint}</translation>
    </message>
    <message>
        <source>The PIN key file {file} is not the one the staff PINs in this database were made with (it is key {key}; the PINs need key {needed}), so no PIN could be checked and the desk does not start. Put the right key file at {file}, or set {variable} to where it is. {hint}</source>
        <translation>PIN 码密钥文件 {file} 不是生成此数据库中员工 PIN 码所用的那个（它是密钥 {key}；PIN 码需要密钥 {needed}），因此无法核对任何 PIN 码，前台无法启动。请将正确的密钥文件放到 {file}，或把 {variable} 设为其所在位置。{hint}</translation>
    </message>
    <message>
        <source>The PIN key file {file} cannot be created: {why}. Check that this account may write there, or set {variable} to a file in a folder it may write.</source>
        <translation>无法创建 PIN 码密钥文件 {file}：{why}。请检查此账户是否有权写入该位置，或把 {variable} 设为其有权写入的文件夹中的文件。</translation>
    </message>
    <message>
        <source>This database has no active administrator.</source>
        <translation>此数据库中没有在职的管理员。</translation>
    </message>
    <message>
        <source>Several active administrators are called &quot;{name}&quot;; rename one in Staff first.</source>
        <translation>有多名在职管理员都叫“{name}”；请先在“员工”中为其中一人改名。</translation>
    </message>
    <message>
        <source>No active administrator is called &quot;{name}&quot;. The administrators are: {names}.</source>
        <translation>没有名为“{name}”的在职管理员。管理员有：{names}。</translation>
    </message>
    <message>
        <source>The PIN key file {file} is the one the PINs were made with (or no PIN needs one yet), so the PINs can be checked and nothing needs recovering: an administrator who has forgotten a PIN has it set again by another administrator in Staff.</source>
        <translation>PIN 码密钥文件 {file} 正是生成 PIN 码所用的那个（或者目前还没有 PIN 码需要密钥），因此 PIN 码可以核对，无需恢复：忘记 PIN 码的管理员可由另一位管理员在“员工”中重新设置。</translation>
    </message>
    <message>
        <source>There is no report for {day}: that day is at the very edge of the calendar. Please choose another day.</source>
        <translation>没有 {day} 的报表：该日期位于日历的边界。请选择其他日期。</translation>
    </message>
    <message>
        <source>Please choose why this guest is being erased.</source>
        <translation>请选择删除该宾客资料的原因。</translation>
    </message>
    <message>
        <source>The lounge has no room for a party of {party} right now ({waiting} already waiting). Offer the waiting list.</source>
        <translation>贵宾室目前无法容纳一行 {party} 人（已有 {waiting} 位在等候）。可请宾客登记等候名单。</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>it is being prepared</source>
        <translation>正在准备中</translation>
    </message>
    <message>
        <source>it is reserved</source>
        <translation>已被预留</translation>
    </message>
    <message>
        <source>another party is seated in it</source>
        <translation>已有其他宾客就座</translation>
    </message>
    <message>
        <source>it is full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>it is too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <source>{space} cannot take a party of {party} now: {why} ({people}/{capacity} seated). Please choose another space, or offer the waiting list.</source>
        <translation>{space}目前无法容纳一行 {party} 人：{why}（已就座 {people}/{capacity}）。请另选区域，或请宾客登记等候名单。</translation>
    </message>
    <message>
        <source>This attendant is not on the team any more; please choose another.</source>
        <translation>该服务员已不在团队中，请另选一位。</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence}{next}</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This desk has no lounge yet; run the first-run set-up.</source>
        <translation>此前台尚未设置贵宾室；请运行首次设置。</translation>
    </message>
    <message>
        <source>The PIN key is not loaded, so no PIN can be checked or set. Please restart VIP Desk.</source>
        <translation>PIN 码密钥未加载，因此无法核对或设置 PIN 码。请重新启动 VIP Desk。</translation>
    </message>
    <message>
        <source>{name} may no longer sign in (changed by an administrator), so this desk has signed them out. Please ask an administrator.</source>
        <translation>{name}已无法登录（管理员已更改），因此此前台已将其退出。请联系管理员。</translation>
    </message>
    <message>
        <source>This database already has a lounge called {name}; please give this one another name, e.g. with its terminal.</source>
        <translation>此数据库中已有名为 {name} 的贵宾室；请为这个贵宾室另取一个名称，例如加上航站楼。</translation>
    </message>
    <message>
        <source>Please start your shift first.</source>
        <translation>请先开始您的班次。</translation>
    </message>
    <message>
        <source>Your shift has already started; end it before starting another.</source>
        <translation>您的班次已经开始；请先结束再开始新的班次。</translation>
    </message>
    <message>
        <source>That shift has not ended, so it has no handover yet.</source>
        <translation>该班次尚未结束，因此还没有交接班记录。</translation>
    </message>
    <message>
        <source>This handover was already acknowledged by {name}.</source>
        <translation>{name}已确认过此交接班。</translation>
    </message>
    <message>
        <source>This handover was already acknowledged.</source>
        <translation>此交接班已被确认。</translation>
    </message>
    <message>
        <source>This PIN was made with another PIN key than the one this desk loaded, so it cannot be checked. Please ask IT (see &quot;PIN key&quot; in the README).</source>
        <translation>此 PIN 码是用另一个 PIN 码密钥生成的，不是本前台加载的密钥，因此无法核对。请联系 IT 部（见 README 中的“PIN key”）。</translation>
    </message>
    <message>
        <source>No PIN is set for you yet: please ask an administrator to set one in Staff.</source>
        <translation>您还没有设置 PIN 码：请让管理员在“员工”中为您设置。</translation>
    </message>
    <message>
        <source>Your PIN was stored without this desk&apos;s PIN key, so it can no longer be used: please ask an administrator to set a new PIN for you in Staff.</source>
        <translation>您的 PIN 码保存时未使用本前台的 PIN 码密钥，因此已无法使用：请让管理员在“员工”中为您设置新的 PIN 码。</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>此前台没有人登录。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {wait}.</source>
        <translation>PIN 码错误次数过多。请 {wait}后重试。</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {wait}.</source>
        <translation>PIN 码错误。请 {wait}后重试。</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message>
        <source>%n second</source>
        <translation>%n 秒</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <translation>%n 秒</translation>
    </message>
    <message>
        <source>This staff member cannot sign in here.</source>
        <translation>该员工不能在此登录。</translation>
    </message>
    <message>
        <source>Staff who sign in need a PIN.</source>
        <translation>需要登录的员工必须设置 PIN 码。</translation>
    </message>
    <message>
        <source>This staff member is not in this lounge.</source>
        <translation>该员工不属于本贵宾室。</translation>
    </message>
    <message>
        <source>Attendants do not sign in, so they have no PIN.</source>
        <translation>服务员不登录，因此没有 PIN 码。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while signed in.</source>
        <translation>您在登录状态下不能停用自己。</translation>
    </message>
    <message>
        <source>{name} is the only administrator who can sign in; make someone else an administrator and set their PIN first.</source>
        <translation>{name}是唯一可以登录的管理员；请先将其他人设为管理员并为其设置 PIN 码。</translation>
    </message>
    <message>
        <source>This guest is already on the waiting list.</source>
        <translation>该宾客已在等候名单中。</translation>
    </message>
    <message>
        <source>This wait is not on file here.</source>
        <translation>此处没有该等候记录。</translation>
    </message>
    <message>
        <source>A guest waiting to settle is not waiting for a space.</source>
        <translation>等候结账的宾客并非在等候区域。</translation>
    </message>
    <message>
        <source>Please choose what was done from the list.</source>
        <translation>请从列表中选择已采取的措施。</translation>
    </message>
    <message>
        <source>This alert has just been acknowledged at another desk.</source>
        <translation>此提醒刚刚已在另一前台确认。</translation>
    </message>
    <message>
        <source>This visit is not in this lounge.</source>
        <translation>该到访不属于本贵宾室。</translation>
    </message>
    <message>
        <source>VIP Desk is already open on {path} (process {pid}); use that window.</source>
        <translation>VIP Desk 已在 {path} 上打开（进程 {pid}），请使用那个窗口。</translation>
    </message>
    <message>
        <source>VIP Desk is already open on {path}; use that window.</source>
        <translation>VIP Desk 已在 {path} 上打开，请使用那个窗口。</translation>
    </message>
    <message>
        <source>VIP Desk cannot start on {path}: it cannot write its lock file {lock} there (the folder is read-only, full or cannot be made). Nothing was changed. Please ask IT to check the folder.</source>
        <translation>VIP Desk 无法在 {path} 上启动：无法在该处写入锁文件 {lock}（文件夹为只读、已满或无法创建）。未做任何更改。请联系 IT 部检查该文件夹。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the disk is full. Please ask IT to free space. Nothing was changed.</source>
        <translation>VIP Desk 无法打开数据库 {path}：磁盘已满。请联系 IT 部腾出空间。未做任何更改。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the database file or its folder is read-only. Please ask IT to check them. Nothing was changed.</source>
        <translation>VIP Desk 无法打开数据库 {path}：数据库文件或其所在文件夹为只读。请联系 IT 部检查。未做任何更改。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the file or its folder cannot be opened. Please ask IT to check that the folder exists and may be written. Nothing was changed.</source>
        <translation>VIP Desk 无法打开数据库 {path}：无法打开该文件或其所在文件夹。请联系 IT 部确认该文件夹存在且可写入。未做任何更改。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the disk could not be read or written. Please ask IT to check the disk. Nothing was changed.</source>
        <translation>VIP Desk 无法打开数据库 {path}：磁盘无法读取或写入。请联系 IT 部检查磁盘。未做任何更改。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: another program is holding it. Close that program and start VIP Desk again. Nothing was changed.</source>
        <translation>VIP Desk 无法打开数据库 {path}：另一个程序正在占用它。请关闭该程序后重新启动 VIP Desk。未做任何更改。</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} 未做任何更改。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} Nothing was changed.

{advice}</source>
        <translation>VIP Desk 无法打开数据库 {path}：{problem} 未做任何更改。

{advice}</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} Nothing was changed.</source>
        <translation>VIP Desk 无法打开数据库 {path}：{problem} 未做任何更改。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} ({where}). Nothing was changed. Please ask IT to check the folder.</source>
        <translation>VIP Desk 无法打开数据库 {path}：{problem}（{where}）。未做任何更改。请联系 IT 部检查该文件夹。</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the file is damaged or is not a VIP Desk database ({problem}). Nothing was changed.

{advice}</source>
        <translation>VIP Desk 无法打开数据库 {path}：该文件已损坏，或不是 VIP Desk 数据库（{problem}）。未做任何更改。

{advice}</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem}. Nothing was changed. Please ask IT.</source>
        <translation>VIP Desk 无法打开数据库 {path}：{problem}。未做任何更改。请联系 IT 部。</translation>
    </message>
    <message>
        <source>There is no backup in {folder}; please ask IT.</source>
        <translation>{folder} 中没有备份，请联系 IT 部。</translation>
    </message>
    <message>
        <source>The newest backup was made {when} UTC. IT can put it in place, keeping this file aside, with:

{command}</source>
        <translation>最新的备份制作于 {when} UTC。IT 部可用以下命令将其放回原处，并把此文件另行保留：

{command}</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} Nothing was changed. IT can put the server&apos;s last dump back with pg_restore --clean.</source>
        <translation>VIP Desk 无法打开数据库 {path}：{problem} 未做任何更改。IT 部可用 pg_restore --clean 恢复服务器最近一次的转储。</translation>
    </message>
    <message>
        <source>The lounge database {database} does not exist on the server at {server}. Nothing was changed. Please ask IT to create it: {command}</source>
        <translation>服务器 {server} 上没有贵宾室数据库 {database}。未做任何更改。请联系 IT 部创建：{command}</translation>
    </message>
    <message>
        <source>The lounge database server at {server} refused the sign-in of {user} (authentication failed: {reason}). Nothing was changed. Please ask IT to check the user name and its password (in {pgpass} or {pgpass_windows}) for the database {database}.</source>
        <translation>贵宾室数据库服务器 {server} 拒绝了 {user} 的登录（身份验证失败：{reason}）。未做任何更改。请联系 IT 部检查数据库 {database} 的用户名及其密码（在 {pgpass} 或 {pgpass_windows} 中）。</translation>
    </message>
    <message>
        <source>Cannot reach the lounge database server at {server}: {reason}. Nothing was changed. Please check the network, or ask IT whether the server is running.</source>
        <translation>无法连接贵宾室数据库服务器 {server}：{reason}。未做任何更改。请检查网络，或询问 IT 部服务器是否在运行。</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>VIP Desk: opening…</source>
        <translation>VIP Desk：正在打开…</translation>
    </message>
    <message>
        <source>Building the demo lounge…</source>
        <translation>正在建立演示贵宾室…</translation>
    </message>
    <message>
        <source>Opening the lounge…</source>
        <translation>正在打开贵宾室…</translation>
    </message>
</context>
<context>
    <name>OperatorReport</name>
    <message>
        <source>Operator report</source>
        <translation>运营商报表</translation>
    </message>
    <message>
        <source>All lounges</source>
        <translation>全部贵宾室</translation>
    </message>
    <message>
        <source>{n} lounge</source>
        <translation>{n} 个贵宾室</translation>
    </message>
    <message>
        <source>{n} lounges</source>
        <translation>{n} 个贵宾室</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Figures only, no guest&apos;s name: for the operator&apos;s administrators.</source>
        <translation>仅含数据，不含宾客姓名：供运营商管理员使用。</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Each lounge&apos;s day is its own local day: from local midnight to local midnight in the lounge&apos;s time zone, named in its row. Lounges in different time zones count different hours of the same date.</source>
        <translation>每个贵宾室按其当地日期统计：从所在时区的零点到次日零点，时区列于该行。位于不同时区的贵宾室，同一日期统计的时段不同。</translation>
    </message>
    <message>
        <source>As the daily reports count: a visit counts on the local day it arrived; guests include companions; distinct guests count each named guest once, across lounges too. A visit&apos;s wait is all its waits together (nought if it never waited, a running wait until printing). Fatigue alerts: waits that reached the lounge&apos;s fatigue threshold. Feedback counts on the day it was recorded, with its status now.</source>
        <translation>统计口径与每日报表相同：到访计入到达当天（当地日期）；宾客含同行人员；不重复宾客按每位有姓名的宾客计一次，跨贵宾室亦然。一次到访的等候为其全部等候之和（从未等候为零，仍在等候的计至打印时）。久候提醒：达到贵宾室久候提醒时限的等候。反馈计入记录当天，状态为当前状态。</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>guests, with companions</source>
        <translation>宾客（含随行人员）</translation>
    </message>
    <message>
        <source>distinct guests</source>
        <translation>不重复宾客</translation>
    </message>
    <message>
        <source>median wait per visit</source>
        <translation>每次到访等候中位数</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% 的到访等候不超过</translation>
    </message>
    <message>
        <source>visits that waited 15 min or more</source>
        <translation>等候 15 分钟及以上的到访</translation>
    </message>
    <message>
        <source>items of feedback</source>
        <translation>反馈总数</translation>
    </message>
    <message>
        <source>feedback not yet resolved</source>
        <translation>尚未解决的反馈</translation>
    </message>
    <message>
        <source>Visits and waits</source>
        <translation>到访与等候</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>贵宾室</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>宾客</translation>
    </message>
    <message>
        <source>Distinct
guests</source>
        <translation>不重复
宾客</translation>
    </message>
    <message>
        <source>Median
wait</source>
        <translation>等候
中位数</translation>
    </message>
    <message>
        <source>90% waited
at most</source>
        <translation>90% 等候
不超过</translation>
    </message>
    <message>
        <source>Longest
wait</source>
        <translation>最长
等候</translation>
    </message>
    <message>
        <source>Waited
10+ min</source>
        <translation>等候
10+ 分钟</translation>
    </message>
    <message>
        <source>Waited
15+ min</source>
        <translation>等候
15+ 分钟</translation>
    </message>
    <message>
        <source>Fatigue
alerts</source>
        <translation>久候
提醒</translation>
    </message>
    <message>
        <source>Feedback: complaints, requests, suggestions and praise</source>
        <translation>反馈：投诉、请求、建议与表扬</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Not
resolved</source>
        <translation>未
解决</translation>
    </message>
    <message>
        <source>Feedback by category</source>
        <translation>按类别统计的反馈</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message numerus="yes">
        <source>%n page</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF 无法保存：%1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>The printer “%1” could not be started. Check that it is switched on and has paper, choose another printer in Settings, or save the card as PDF from its preview.</source>
        <translation>无法启动打印机“%1”。请检查打印机是否已开机且有纸，或在设置中选择其他打印机，也可在预览中将欢迎卡另存为 PDF。</translation>
    </message>
    <message>
        <source>The default printer could not be started. Check that it is switched on and has paper, choose a card printer in Settings, or save the card as PDF from its preview.</source>
        <translation>无法启动默认打印机。请检查打印机是否已开机且有纸，或在设置中选择欢迎卡打印机，也可在预览中将欢迎卡另存为 PDF。</translation>
    </message>
    <message>
        <source>The printer “%1” could not be started. Check that it is switched on and has paper, then print again and choose it or another printer, or save as PDF instead.</source>
        <translation>无法启动打印机“%1”。请检查打印机是否已开机且有纸，然后重新打印并选择该打印机或其他打印机，也可改为另存为 PDF。</translation>
    </message>
    <message>
        <source>The default printer could not be started. Check that it is switched on and has paper, then print again and choose another printer, or save as PDF instead.</source>
        <translation>无法启动默认打印机。请检查打印机是否已开机且有纸，然后重新打印并选择其他打印机，也可改为另存为 PDF。</translation>
    </message>
</context>
<context>
    <name>PromiseOutcomeDialog</name>
    <message>
        <source>Was the promise kept?</source>
        <translation>承诺是否兑现？</translation>
    </message>
    <message>
        <source>Was the promise to the guest kept?</source>
        <translation>对宾客的跟进承诺是否已兑现？</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>No promise was made</source>
        <translation>未作出承诺</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{time} {days}d</source>
        <translation>{time} {days}天</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Contains passengers&apos; personal data: share only with the airline or operator concerned, and dispose of it securely.</source>
        <translation>含旅客个人信息：仅可提供给相关航空公司或运营商，用后请安全销毁。</translation>
    </message>
    <message>
        <source>Printed by {name} on {moment} ({zone})</source>
        <translation>打印人：{name}，打印时间：{moment}（{zone}）</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language the report is printed in</source>
        <translation>报表打印所用的语言</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <source>Command-line runs</source>
        <translation>命令行运行记录</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Pick a report and a day, then press Show.</source>
        <translation>选择报表和日期，然后按“显示”。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report was not built. Press Show to build it.</source>
        <translation>报表未生成。按“显示”生成报表。</translation>
    </message>
    <message>
        <source>Building the report… page %1 of %2</source>
        <translation>正在生成报表…第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n page.</source>
        <translation>
            <numerusform>%1（%2）：共 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n pages.</source>
        <translation>
            <numerusform>%1（%2）：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be built: an unexpected error (see the desk&apos;s log).</source>
        <translation>报表无法生成：发生意外错误（请查看前台日志）。</translation>
    </message>
    <message>
        <source>Press Show to build the report for this choice.</source>
        <translation>按“显示”按当前选择生成报表。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>将表格另存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be saved: %1</source>
        <translation>CSV 无法保存：%1</translation>
    </message>
    <message>
        <source>Daily guest report</source>
        <translation>每日宾客报表</translation>
    </message>
    <message>
        <source>Daily complaint report</source>
        <translation>每日投诉报表</translation>
    </message>
    <message>
        <source>Operator report (all lounges)</source>
        <translation>运营商报表（全部贵宾室）</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <source>Reserve {space}</source>
        <translation>预留{space}</translation>
    </message>
    <message>
        <source>For (guest&apos;s name)</source>
        <translation>预留给（宾客姓名）</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>入室资格</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>VIP Desk</source>
        <translation>VIP Desk</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>The folder {detail} does not exist.</source>
        <translation>文件夹 {detail} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name inside it.</source>
        <translation>{path} 是一个文件夹。请在其中选择一个文件名。</translation>
    </message>
    <message>
        <source>{path} is a device, not a file. Choose a file.</source>
        <translation>{path} 是设备，不是文件。请选择一个文件。</translation>
    </message>
    <message>
        <source>{path} is a pipe (FIFO), not a file. Choose a file.</source>
        <translation>{path} 是管道（FIFO），不是文件。请选择一个文件。</translation>
    </message>
    <message>
        <source>{path} is a socket, not a file. Choose a file.</source>
        <translation>{path} 是套接字，不是文件。请选择一个文件。</translation>
    </message>
    <message>
        <source>{path} is a link to another file. The desk does not write through links: choose the file itself.</source>
        <translation>{path} 是指向另一个文件的链接。前台不会通过链接写入：请选择文件本身。</translation>
    </message>
    <message>
        <source>{path} is not a regular file. Choose a file.</source>
        <translation>{path} 不是普通文件。请选择一个文件。</translation>
    </message>
    <message>
        <source>{path} is a database. The desk never writes over a database: choose another name.</source>
        <translation>{path} 是数据库。前台绝不会覆盖数据库：请换一个名称。</translation>
    </message>
    <message>
        <source>A database is open at {path} ({detail} is beside it). Choose another name.</source>
        <translation>{path} 处有一个已打开的数据库（旁边有 {detail}）。请换一个名称。</translation>
    </message>
    <message>
        <source>{path} belongs to the database {detail}. Choose another name.</source>
        <translation>{path} 属于数据库 {detail}。请换一个名称。</translation>
    </message>
    <message>
        <source>{path} cannot be read to make sure it is not a database ({detail}). Choose another name.</source>
        <translation>无法读取 {path} 以确认它不是数据库（{detail}）。请换一个名称。</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} 已存在。请换一个名称。</translation>
    </message>
    <message>
        <source>{path} is the same file as {detail}. Choose another name.</source>
        <translation>{path} 与 {detail} 是同一个文件。请换一个名称。</translation>
    </message>
    <message>
        <source>{path} is larger than {detail}: too large for this. Is it the right file?</source>
        <translation>{path} 大于 {detail}，对此用途而言过大。这是正确的文件吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>A boarding pass was scanned; it will be read after sign-in.</source>
        <translation>已扫描一张登机牌；登录后将读取。</translation>
    </message>
    <message>
        <source>A scanned pass is held: finish or cancel this first</source>
        <translation>已暂存一张扫描的登机牌：请先完成或取消当前操作</translation>
    </message>
    <message>
        <source>Pass of {name} held: finish or cancel this first</source>
        <translation>已暂存{name}的登机牌：请先完成或取消当前操作</translation>
    </message>
    <message>
        <source>Pass of {name} held: check in or clear the guest on screen first</source>
        <translation>已暂存{name}的登机牌：请先为屏幕上的宾客登记入室或清除</translation>
    </message>
    <message>
        <source>A scanned pass is held: check in or clear the guest on screen first</source>
        <translation>已暂存一张扫描的登机牌：请先为屏幕上的宾客登记入室或清除</translation>
    </message>
    <message>
        <source>A boarding pass scanned while the desk was locked was not read: it is more than two minutes old. Please scan it again.</source>
        <translation>前台锁定期间扫描的登机牌未被读取：已超过两分钟。请重新扫描。</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Check-in desk</source>
        <translation>登记入室</translation>
    </message>
    <message>
        <source>Lounge board</source>
        <translation>贵宾室看板</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Shift &amp; handover</source>
        <translation>班次与交接班</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Erase a guest</source>
        <translation>删除宾客资料</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>贵宾室</translation>
    </message>
    <message>
        <source>Lounge name</source>
        <translation>贵宾室名称</translation>
    </message>
    <message>
        <source>Save lounge settings</source>
        <translation>保存贵宾室设置</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本前台</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>前台名称</translation>
    </message>
    <message>
        <source>How this desk is named on the audit trail and on each check-in, e.g. Desk 1 or Office. Empty: the PC&apos;s name.</source>
        <translation>本前台在审计记录和每次登记入室中显示的名称，例如“1 号前台”或“办公室”。留空则使用电脑名称。</translation>
    </message>
    <message>
        <source>Set up another lounge…</source>
        <translation>新设另一个贵宾室…</translation>
    </message>
    <message>
        <source>A new lounge in this database, with its own first administrator and staff (administrators only). This desk keeps serving its lounge until you choose another above.</source>
        <translation>在此数据库中新设一个贵宾室，有其自己的首位管理员和员工（仅限管理员）。在上方选择其他贵宾室之前，本前台仍为原贵宾室服务。</translation>
    </message>
    <message>
        <source>Welcome card printer</source>
        <translation>欢迎卡打印机</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>卡片尺寸</translation>
    </message>
    <message>
        <source>Print the welcome card automatically after check-in</source>
        <translation>登记入室后自动打印欢迎卡</translation>
    </message>
    <message>
        <source>Scanner prefix</source>
        <translation>扫描枪前缀</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Only for a scanner set up to type something before each barcode: type the same characters here.</source>
        <translation>仅当扫描枪设置为在每个条码前输入字符时使用：请在此输入相同的字符。</translation>
    </message>
    <message>
        <source>Scanner suffix</source>
        <translation>扫描枪后缀</translation>
    </message>
    <message>
        <source>Only for a scanner set up to type something after each barcode, before its Enter: type the same characters here.</source>
        <translation>仅当扫描枪设置为在每个条码之后、回车之前输入字符时使用：请在此输入相同的字符。</translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation>保存前台设置</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>准入规则</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>入室资格</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>舱位</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Frequent-flyer tiers</source>
        <translation>常旅客等级</translation>
    </message>
    <message>
        <source>e.g. Gold, Diamond</source>
        <translation>例如 Gold, Diamond</translation>
    </message>
    <message>
        <source>Membership card pattern</source>
        <translation>会员卡号格式</translation>
    </message>
    <message>
        <source>prefix, or re:regular expression</source>
        <translation>前缀，或 re:正则表达式</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>入室价格</translation>
    </message>
    <message>
        <source>Free companions</source>
        <translation>免费随行人员</translation>
    </message>
    <message>
        <source>Paid companions</source>
        <translation>付费随行人员</translation>
    </message>
    <message>
        <source>Price per companion</source>
        <translation>每位随行人员价格</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Language of the desk</source>
        <translation>前台语言</translation>
    </message>
    <message>
        <source>The language the sign-in screen speaks, and that of staff who have not chosen their own there.</source>
        <translation>登录界面使用的语言，也是未在登录界面自选语言的员工所用的语言。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>%1 is set up, with its own administrator. To have this desk serve it, choose it above and save the desk settings: it takes effect when VIP Desk next starts.</source>
        <translation>%1 已设置完成，有其自己的管理员。如需本前台为其服务，请在上方选择它并保存前台设置：下次启动 VIP Desk 时生效。</translation>
    </message>
    <message>
        <source>The lounge this desk serves on this database. A change takes effect when VIP Desk next starts.</source>
        <translation>本前台在此数据库中服务的贵宾室。更改将在下次启动 VIP Desk 时生效。</translation>
    </message>
    <message>
        <source>This desk serves %1 from its next start: close VIP Desk and open it again.</source>
        <translation>本前台下次启动后将为 %1 服务：请关闭 VIP Desk 后重新打开。</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>请先选择一条规则。</translation>
    </message>
    <message>
        <source>This lounge&apos;s database is on a PostgreSQL server: back it up with pg_dump -Fc (for example pg_dump -Fc -f vipdesk.dump vipdesk) and restore it with pg_restore --clean; VIP Desk&apos;s own backups are for a single kiosk&apos;s SQLite file.</source>
        <translation>本贵宾室的数据库位于 PostgreSQL 服务器上：请用 pg_dump -Fc 备份（例如 pg_dump -Fc -f vipdesk.dump vipdesk），用 pg_restore --clean 恢复；VIP Desk 自带的备份仅适用于单台自助终端的 SQLite 文件。</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language the desk speaks to you: remembered when you sign in</source>
        <translation>前台对您使用的语言：登录时会记住您的选择</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Your personal PIN</source>
        <translation>您的个人 PIN 码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Desk locked. {name}, type your PIN, or tap another name.</source>
        <translation>前台已锁定。{name}，请输入您的 PIN 码，或点选其他姓名。</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>谁在前台？</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>请先点选您的姓名。</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>正在核对您的 PIN 码…</translation>
    </message>
</context>
<context>
    <name>SpaceWords</name>
    <message numerus="yes">
        <source>free (%n seat)</source>
        <translation>
            <numerusform>空闲（%n 个座位）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>free (%n seats)</source>
        <translation>
            <numerusform>空闲（%n 个座位）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{space} has %n free seat; this party is {party}. Please choose another space, or offer the waiting list (F4).</source>
        <translation>
            <numerusform>{space}有 %n 个空座位；这一行共 {party} 人。请选择其他区域，或为其登记等候名单（F4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{space} has %n free seats; this party is {party}. Please choose another space, or offer the waiting list (F4).</source>
        <translation>
            <numerusform>{space}有 %n 个空座位；这一行共 {party} 人。请选择其他区域，或为其登记等候名单（F4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>reserved for {name} until {time}</source>
        <translation>已为{name}预留至 {time}</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>full ({counts})</source>
        <translation>已满（{counts}）</translation>
    </message>
    <message>
        <source>{free} of {capacity} seats free</source>
        <translation>{capacity} 个座位中 {free} 个空闲</translation>
    </message>
    <message>
        <source>occupied ({counts})</source>
        <translation>使用中（{counts}）</translation>
    </message>
    <message>
        <source>{space} seats {capacity}; this party is {party}. Please choose a larger space.</source>
        <translation>{space}可坐 {capacity} 人；这一行共 {party} 人。请选择更大的区域。</translation>
    </message>
    <message>
        <source>{space} is closed. Please choose another space.</source>
        <translation>{space}已关闭。请选择其他区域。</translation>
    </message>
    <message>
        <source>{space} cannot take this party: {state}. Please choose another space, or offer the waiting list (F4).</source>
        <translation>{space}无法容纳这一行人：{state}。请选择其他区域，或为其登记等候名单（F4）。</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN (not for attendants)</source>
        <translation>PIN 码（服务员无需）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Selected staff member</source>
        <translation>所选员工</translation>
    </message>
    <message>
        <source>Select someone in the list.</source>
        <translation>请在列表中选择一名员工。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation>设置新 PIN 码</translation>
    </message>
    <message>
        <source>Clear PIN lockout</source>
        <translation>解除 PIN 码锁定</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Select someone in the list.</source>
        <translation>请在列表中选择一名员工。</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>请先选择一名员工。</translation>
    </message>
    <message>
        <source>{name} is added as an attendant.</source>
        <translation>已将 {name} 添加为服务员。</translation>
    </message>
    <message>
        <source>{name} is added and can sign in with the PIN you gave.</source>
        <translation>已添加 {name}，可使用您设置的 PIN 码登录。</translation>
    </message>
    <message>
        <source>{name} has a new PIN and can sign in with it now.</source>
        <translation>{name} 已有新的 PIN 码，现在即可用它登录。</translation>
    </message>
    <message>
        <source>{old} is now called {name}; everything they did stays theirs.</source>
        <translation>{old} 已改名为 {name}；其所有操作记录仍归属于此人。</translation>
    </message>
    <message>
        <source>{name} is already {role}.</source>
        <translation>{name} 已经是{role}。</translation>
    </message>
    <message>
        <source>{name} is now an attendant and no longer signs in.</source>
        <translation>{name} 现在是服务员，不再登录。</translation>
    </message>
    <message>
        <source>{name} is now {role}. Set a PIN for them if they have none.</source>
        <translation>{name} 现在是{role}。如其尚无 PIN 码，请为其设置。</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} 现在是{role}。</translation>
    </message>
    <message>
        <source>{name} can try their PIN again now.</source>
        <translation>{name} 现在可以再次尝试输入 PIN 码。</translation>
    </message>
    <message>
        <source>{name} is deactivated and can no longer sign in.</source>
        <translation>{name} 已停用，无法再登录。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked out until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>服务员</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>卡座</translation>
    </message>
    <message>
        <source>VIP room</source>
        <translation>贵宾包间</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>First</source>
        <translation>头等舱</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商务舱</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>超级经济舱</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>经济舱</translation>
    </message>
    <message>
        <source>Cabin class</source>
        <translation>舱位</translation>
    </message>
    <message>
        <source>Frequent flyer</source>
        <translation>常旅客</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员资格</translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation>付费入室</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>特批</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>已就座</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已离室</translation>
    </message>
    <message>
        <source>Desk queue</source>
        <translation>前台排队</translation>
    </message>
    <message>
        <source>Lounge full</source>
        <translation>贵宾室已满</translation>
    </message>
    <message>
        <source>Room preparing</source>
        <translation>包间准备中</translation>
    </message>
    <message>
        <source>Settling</source>
        <translation>结账中</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Wi-Fi and IT</source>
        <translation>Wi-Fi 与 IT</translation>
    </message>
    <message>
        <source>Seating and space</source>
        <translation>座位与区域</translation>
    </message>
    <message>
        <source>Flight information</source>
        <translation>航班信息</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>保洁部</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT 部</translation>
    </message>
    <message>
        <source>Airline liaison</source>
        <translation>航司联络</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安保部</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>lobby</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>box</source>
        <translation>卡座</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>queue at the desk</source>
        <translation>在前台排队</translation>
    </message>
    <message>
        <source>lounge full</source>
        <translation>贵宾室已满</translation>
    </message>
    <message>
        <source>room being prepared</source>
        <translation>包间准备中</translation>
    </message>
    <message>
        <source>settling at check-out</source>
        <translation>离室结账中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Frequent-flyer tier</source>
        <translation>常旅客等级</translation>
    </message>
    <message>
        <source>Lounge membership</source>
        <translation>贵宾室会员资格</translation>
    </message>
    <message>
        <source>First class</source>
        <translation>头等舱</translation>
    </message>
    <message>
        <source>Business class</source>
        <translation>商务舱</translation>
    </message>
    <message>
        <source>Economy class</source>
        <translation>经济舱</translation>
    </message>
</context>
<context>
    <name>_WaitDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
