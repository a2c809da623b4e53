<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AutomationDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="39" />
      <source>Automation</source>
      <translation>自动化</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="41" />
      <source>Rules</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="42" />
      <source>Message templates</source>
      <translation>邮件模板</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="45" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="57" />
      <source>Remind before the due date (days)</source>
      <translation>到期前提醒（天）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="58" />
      <source>Remind on the due date</source>
      <translation>到期日提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="59" />
      <source>Remind after the due date (days)</source>
      <translation>逾期后提醒（天）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="60" />
      <source>Confirm promises to pay</source>
      <translation>确认付款承诺</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="61" />
      <source>Contract ends: notice (days before)</source>
      <translation>合同到期通知（提前天数）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="62" />
      <source>Dunning run by e-mail on</source>
      <translation>邮件催款日</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="63" />
      <source>Monthly statements on day</source>
      <translation>每月对账单发送日</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="64" />
      <source>Report pack to the owner</source>
      <translation>向负责人发送报告</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="71" />
      <location filename="../../app/ui/dialogs/automation.py" line="121" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="72" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="73" />
      <source>Last run / next run</source>
      <translation>上次运行 / 下次运行</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="74" />
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="74" />
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="74" />
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="74" />
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="75" />
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="75" />
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="75" />
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="94" />
      <source>monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="95" />
      <source>quarterly</source>
      <translation>每季度</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="108" />
      <source>customer codes, e.g. C000001, C000002</source>
      <translation>客户编号，例如 C000001, C000002</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="110" />
      <source>Kept out of automatic mail</source>
      <translation>不自动发送邮件的客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="112" />
      <source>Save rules</source>
      <translation>保存规则</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="115" />
      <source>What would the next run send?</source>
      <translation>下次运行会发送什么？</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="121" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="121" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="121" />
      <source>To</source>
      <translation>收件人</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="146" />
      <source>last: %1 · next: %2</source>
      <translation>上次：%1 · 下次：%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="147" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="188" />
      <source>%1 message(s) on %2</source>
      <translation>%2 共 %1 封邮件</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="190" />
      <source>to print: %1</source>
      <translation>需打印：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="198" />
      <source>Statement</source>
      <translation>对账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="198" />
      <source>Dunning letter</source>
      <translation>催款函</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="199" />
      <source>Reminder before due</source>
      <translation>到期前提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="199" />
      <source>Reminder on the due date</source>
      <translation>到期日提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="200" />
      <source>Reminder after due</source>
      <translation>逾期提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="200" />
      <source>Promise to pay confirmation</source>
      <translation>付款承诺确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="201" />
      <source>Contract expiry notice</source>
      <translation>合同到期通知</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="201" />
      <source>Report pack</source>
      <translation>报告包</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="202" />
      <source>Signature</source>
      <translation>签名</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="221" />
      <source>Placeholders: %1</source>
      <translation>占位符：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="223" />
      <source>Save template</source>
      <translation>保存模板</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="226" />
      <source>Back to the default</source>
      <translation>恢复默认</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="239" />
      <source>Subject</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="241" />
      <source>Text</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="245" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/automation.py" line="280" />
      <source>Template saved.</source>
      <translation>模板已保存。</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>销售单</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>收据</translation>
    </message>
  </context>
  <context>
    <name>MailDunning</name>
    <message>
      <location filename="../../app/ui/dialogs/mail_dunning.py" line="17" />
      <source>E-mail the letters to customers with an e-mail address (the rest are listed to print)</source>
      <translation>将催款函通过邮件发送给有电子邮箱的客户（其余客户列出以便打印）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_dunning.py" line="31" />
      <source>%1 letter(s) are in the Outbox.</source>
      <translation>%1 封催款函已放入发件箱。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_dunning.py" line="34" />
      <source>No e-mail address (print these): %1</source>
      <translation>没有电子邮箱（请打印）：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_dunning.py" line="37" />
      <source>Dunning letters</source>
      <translation>催款函</translation>
    </message>
  </context>
  <context>
    <name>MailSettingsGroup</name>
    <message>
      <location filename="../../app/ui/views/mail_settings.py" line="15" />
      <source>E-mail and automation</source>
      <translation>邮件与自动化</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/mail_settings.py" line="16" />
      <source>Mail server…</source>
      <translation>邮件服务器…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/mail_settings.py" line="18" />
      <source>Automation and message templates…</source>
      <translation>自动化与邮件模板…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/mail_settings.py" line="20" />
      <source>Statements, letters and reminders go out through the Outbox.</source>
      <translation>对账单、催款函和提醒均通过发件箱发送。</translation>
    </message>
  </context>
  <context>
    <name>MailStatementDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="38" />
      <source>E-mail statement</source>
      <translation>邮件发送对账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="44" />
      <source>This customer has no e-mail address: add one in the customer's form, or print the statement.</source>
      <translation>该客户没有电子邮箱：请在客户资料中填写，或打印对账单。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="50" />
      <source>Open items only</source>
      <translation>仅未结清项目</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="52" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="53" />
      <source>To</source>
      <translation>收件人</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="54" />
      <source>From</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="55" />
      <source>To date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="57" />
      <source>Queue</source>
      <translation>放入发件箱</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="59" />
      <source>Queue and send now</source>
      <translation>放入发件箱并立即发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="62" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="87" />
      <source>Sent to %1.</source>
      <translation>已发送至 %1。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="89" />
      <source>The mail server could not be reached; the statement waits in the Outbox and goes when it answers.</source>
      <translation>无法连接邮件服务器；对账单留在发件箱中，服务器恢复后自动发送。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="92" />
      <source>Not sent: see the Outbox.</source>
      <translation>未发送：请查看发件箱。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="96" />
      <source>The statement is in the Outbox (message %1).</source>
      <translation>对账单已放入发件箱（邮件 %1）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="108" />
      <source>E-mail statements</source>
      <translation>邮件发送对账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="126" />
      <source>%1 statement(s) are in the Outbox.</source>
      <translation>%1 份对账单已放入发件箱。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="129" />
      <source>No e-mail address (print these): %1</source>
      <translation>没有电子邮箱（请打印）：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/mail_statement.py" line="135" />
      <source>Queuing statements…</source>
      <translation>正在放入发件箱…</translation>
    </message>
  </context>
  <context>
    <name>OutboxPage</name>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="43" />
      <source>All messages</source>
      <translation>全部邮件</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="43" />
      <location filename="../../app/ui/views/outbox.py" line="154" />
      <source>Waiting</source>
      <translation>待发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="43" />
      <location filename="../../app/ui/views/outbox.py" line="77" />
      <location filename="../../app/ui/views/outbox.py" line="154" />
      <source>Sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="44" />
      <location filename="../../app/ui/views/outbox.py" line="154" />
      <source>Failed</source>
      <translation>发送失败</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="44" />
      <location filename="../../app/ui/views/outbox.py" line="155" />
      <source>To check</source>
      <translation>待核实</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="45" />
      <location filename="../../app/ui/views/outbox.py" line="155" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="49" />
      <source>Customer code or name</source>
      <translation>客户编号或名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="52" />
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="55" />
      <source>Send now</source>
      <translation>立即发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="57" />
      <source>Mail server…</source>
      <translation>邮件服务器…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="59" />
      <source>Automation…</source>
      <translation>自动化…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="69" />
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="70" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="71" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="72" />
      <source>To</source>
      <translation>收件人</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="73" />
      <source>Subject</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="74" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="75" />
      <source>Attempts</source>
      <translation>尝试次数</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="78" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="95" />
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="97" />
      <source>Cancel message</source>
      <translation>取消邮件</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="99" />
      <source>Send again as new</source>
      <translation>作为新邮件重发</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="101" />
      <source>It arrived</source>
      <translation>已确认送达</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="103" />
      <source>Open attachment</source>
      <translation>打开附件</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="146" />
      <source>Statement</source>
      <translation>对账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="146" />
      <source>Dunning letter</source>
      <translation>催款函</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="147" />
      <source>Reminder before due</source>
      <translation>到期前提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="147" />
      <source>Reminder on the due date</source>
      <translation>到期日提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="148" />
      <source>Reminder after due</source>
      <translation>逾期提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="148" />
      <source>Promise confirmation</source>
      <translation>付款承诺确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="149" />
      <source>Contract notice</source>
      <translation>合同到期通知</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="149" />
      <source>Report pack</source>
      <translation>报告包</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="150" />
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="150" />
      <source>Receipt</source>
      <translation>收据</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="150" />
      <source>Test message</source>
      <translation>测试邮件</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="176" />
      <source>Waiting: %1 · sent: %2 · failed: %3 · to check: %4</source>
      <translation>待发送：%1 · 已发送：%2 · 失败：%3 · 待核实：%4</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="206" />
      <source>To: %1</source>
      <translation>收件人：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="206" />
      <source>Subject: %1</source>
      <translation>主题：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="207" />
      <source>Status: %1</source>
      <translation>状态：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="209" />
      <source>Server said: %1</source>
      <translation>服务器答复：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="211" />
      <source>Server's reply: %1</source>
      <translation>服务器回复：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="243" />
      <source>Message %1: %2</source>
      <translation>邮件 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="254" />
      <source>%1 sent, %2 failed, %3 waiting</source>
      <translation>已发送 %1，失败 %2，待发送 %3</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/outbox.py" line="257" />
      <source>the mail server could not be reached; messages stay queued</source>
      <translation>无法连接邮件服务器，邮件留在发件箱</translation>
    </message>
  </context>
  <context>
    <name>OutboxRunner</name>
    <message>
      <location filename="../../app/ui/outbox_runner.py" line="69" />
      <source>1 message waiting</source>
      <translation>1 封邮件待发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/outbox_runner.py" line="70" />
      <source>%1 messages waiting</source>
      <translation>%1 封邮件待发送</translation>
    </message>
    <message>
      <location filename="../../app/ui/outbox_runner.py" line="95" />
      <source>the mail server password is needed (Outbox &gt; Send now)</source>
      <translation>需要邮件服务器密码（发件箱 &gt; 立即发送）</translation>
    </message>
    <message>
      <location filename="../../app/ui/outbox_runner.py" line="96" />
      <source>offline</source>
      <translation>离线</translation>
    </message>
  </context>
  <context>
    <name>SmtpSettingsDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="40" />
      <source>Mail server password</source>
      <translation>邮件服务器密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="41" />
      <source>Password of %1 at %2 (kept until Duebook closes; this computer has no keyring):</source>
      <translation>%2 上 %1 的密码（本机没有密钥环，密码保留到 Duebook 关闭）：</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="72" />
      <source>Sending messages…</source>
      <translation>正在发送邮件…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="81" />
      <source>Mail server</source>
      <translation>邮件服务器</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="92" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="92" />
      <source>SSL/TLS (port 465)</source>
      <translation>SSL/TLS（端口 465）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="93" />
      <source>None (not encrypted)</source>
      <translation>无（不加密）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="99" />
      <source>the company's name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="105" />
      <source>unchanged</source>
      <translation>不变</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="107" />
      <source>only for a server with its own certificate</source>
      <translation>仅用于使用自签证书的服务器</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="108" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="115" />
      <source>owner@example.com</source>
      <translation>owner@example.com</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="119" />
      <source>The password is kept in this computer's keyring, never in the company file.</source>
      <translation>密码保存在本机密钥环中，绝不写入公司文件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="121" />
      <source>This computer has no keyring: the password is kept until Duebook closes and asked again next time.</source>
      <translation>本机没有密钥环：密码保留到 Duebook 关闭，下次启动时再次询问。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="125" />
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="126" />
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="127" />
      <source>Security</source>
      <translation>加密方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="128" />
      <source>From address</source>
      <translation>发件地址</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="129" />
      <source>From name</source>
      <translation>发件人名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="130" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="131" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="133" />
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="161" />
      <source>CA certificates</source>
      <translation>CA 证书</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="134" />
      <source>Report pack to</source>
      <translation>报告收件人</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="135" />
      <source>Attempts before waiting</source>
      <translation>失败后最多重试次数</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="138" />
      <source>your address</source>
      <translation>您的邮箱</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="139" />
      <source>Send a test message</source>
      <translation>发送测试邮件</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="145" />
      <source>Test</source>
      <translation>测试</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="150" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="151" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="161" />
      <source>Certificates (*.pem *.crt)</source>
      <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="187" />
      <source>Sending a test message…</source>
      <translation>正在发送测试邮件…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="190" />
      <source>The server accepted the test message: %1</source>
      <translation>服务器已接收测试邮件：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/smtp_settings.py" line="196" />
      <source>The test message was not sent.</source>
      <translation>测试邮件未发送。</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Mail server</source>
      <translation>邮件服务器</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>加密方式</translation>
    </message>
    <message>
      <source>From address</source>
      <translation>发件地址</translation>
    </message>
    <message>
      <source>Attempts before waiting</source>
      <translation>失败后最多重试次数</translation>
    </message>
    <message>
      <source>Report pack to</source>
      <translation>报告收件人</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Weekday</source>
      <translation>星期</translation>
    </message>
    <message>
      <source>Day of the month</source>
      <translation>每月日期</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>频率</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>The mail server password of %1 at %2 is needed (this computer has no keyring).</source>
      <translation>需要邮件服务器 %2 上账户 %1 的密码（本机没有密钥环，无法保存密码）。</translation>
    </message>
    <message>
      <source>The mail server %1 refused the login of %2: %3</source>
      <translation>邮件服务器 %1 拒绝了账户 %2 的登录：%3</translation>
    </message>
    <message>
      <source>The mail server %1:%2 cannot be reached (%3); messages stay in the Outbox.</source>
      <translation>无法连接邮件服务器 %1:%2（%3）；邮件仍留在发件箱中。</translation>
    </message>
    <message>
      <source>The mail server refused the message: %1</source>
      <translation>邮件服务器拒收了这封邮件：%1</translation>
    </message>
    <message>
      <source>Customer %1 has no e-mail address.</source>
      <translation>客户 %1 没有电子邮件地址。</translation>
    </message>
    <message>
      <source>timed out</source>
      <translation>连接超时</translation>
    </message>
    <message>
      <source>No mail server is set up: Settings &gt; Mail server.</source>
      <translation>尚未设置邮件服务器：设置 &gt; 邮件服务器。</translation>
    </message>
    <message>
      <source>The mail server password is needed.</source>
      <translation>需要邮件服务器密码。</translation>
    </message>
    <message>
      <source>The mail server refused the user name or password.</source>
      <translation>邮件服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
      <source>The mail server cannot be reached; messages stay in the Outbox.</source>
      <translation>无法连接邮件服务器；邮件留在发件箱中。</translation>
    </message>
    <message>
      <source>The mail server refused the message.</source>
      <translation>邮件服务器拒收了该邮件。</translation>
    </message>
    <message>
      <source>This customer has no e-mail address.</source>
      <translation>该客户没有电子邮箱。</translation>
    </message>
    <message>
      <source>Not an e-mail address.</source>
      <translation>不是有效的电子邮箱地址。</translation>
    </message>
    <message>
      <source>name the mail server</source>
      <translation>请填写邮件服务器</translation>
    </message>
    <message>
      <source>a port from 1 to 65535</source>
      <translation>端口须在 1 到 65535 之间</translation>
    </message>
    <message>
      <source>one of none, starttls, ssl</source>
      <translation>须为 none、starttls 或 ssl</translation>
    </message>
    <message>
      <source>not an e-mail address</source>
      <translation>不是电子邮箱地址</translation>
    </message>
    <message>
      <source>not an e-mail address: %1</source>
      <translation>不是电子邮箱地址：%1</translation>
    </message>
    <message>
      <source>at least 1</source>
      <translation>至少为 1</translation>
    </message>
    <message>
      <source>a message needs a recipient</source>
      <translation>邮件需要收件人</translation>
    </message>
    <message>
      <source>message %1 is %2</source>
      <translation>邮件 %1 的状态为 %2</translation>
    </message>
    <message>
      <source>no address to send the report pack to</source>
      <translation>没有报告包的收件地址</translation>
    </message>
    <message>
      <source>a { or } without its pair</source>
      <translation>{ 或 } 没有配对</translation>
    </message>
    <message>
      <source>unknown placeholder %1</source>
      <translation>未知占位符 %1</translation>
    </message>
    <message>
      <source>the message needs a text</source>
      <translation>邮件需要正文</translation>
    </message>
    <message>
      <source>monthly or quarterly</source>
      <translation>每月或每季度</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>邮件</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>send e-mail</source>
      <translation>发送邮件</translation>
    </message>
    <message>
      <source>invoice or receipt</source>
      <translation>销售单或收据</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Outbox</source>
      <translation>发件箱</translation>
    </message>
  </context>
  <context>
    <name>LedgerPage</name>
    <message>
      <source>E-mail statement…</source>
      <translation>邮件发送对账单…</translation>
    </message>
  </context>
</TS>