<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ApplyCreditDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="195" />
      <source>%1 · unapplied %2</source>
      <translation>%1 · 未核销 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="199" />
      <source>Apply unapplied credit</source>
      <translation>核销未核销款项</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="205" />
      <source>To one open item</source>
      <translation>核销到一张未清单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="207" />
      <source>Oldest first over all open items</source>
      <translation>按账龄从最早的未清单据依次核销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="218" />
      <source>Open item</source>
      <translation>未清单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="219" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="222" />
      <source>Item</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="223" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="224" />
      <source>Open</source>
      <translation>未清金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="225" />
      <location filename="../../app/ui/dialogs/daywork.py" line="237" />
      <source>Apply</source>
      <translation>核销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="226" />
      <source>Open after</source>
      <translation>核销后未清</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="234" />
      <source>What it will do</source>
      <translation>将执行的核销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="253" />
      <source>%1 · due %2 · open %3</source>
      <translation>%1 · 到期 %2 · 未清 %3</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="262" />
      <source>The customer has no open item to apply it to.</source>
      <translation>该客户没有可核销的未清单据。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="299" />
      <source>Applies %1 · %2 stays unapplied</source>
      <translation>核销 %1 · 仍未核销 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="311" />
      <source>Choose the open item.</source>
      <translation>请选择未清单据。</translation>
    </message>
  </context>
  <context>
    <name>ContractDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="76" />
      <source>Edit contract</source>
      <translation>编辑合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="76" />
      <source>New contract</source>
      <translation>新建合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="94" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="97" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="98" />
      <source>Start</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="99" />
      <source>End</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="100" />
      <source>Value</source>
      <translation>合同金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="101" />
      <source>Remind before the end</source>
      <translation>到期前提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="102" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="103" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="109" />
      <source>Enter the contract number.</source>
      <translation>请输入合同编号。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="111" />
      <source>The contract ends before it starts.</source>
      <translation>合同结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="115" />
      <source>Not an amount. Type it like 1,234.50.</source>
      <translation>不是有效金额，请按 1,234.50 的格式输入。</translation>
    </message>
  </context>
  <context>
    <name>CustomerMenu</name>
    <message>
      <location filename="../../app/ui/views/customer_actions.py" line="36" />
      <location filename="../../app/ui/views/customer_actions.py" line="79" />
      <source>Credit report</source>
      <translation>信用报告</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/customer_actions.py" line="74" />
      <source>Open ledger</source>
      <translation>打开往来明细</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/customer_actions.py" line="76" />
      <source>Promises, contracts and log…</source>
      <translation>承诺、合同与沟通记录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/customer_actions.py" line="77" />
      <source>Put on hold…</source>
      <translation>暂停信用…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/customer_actions.py" line="78" />
      <source>Release hold…</source>
      <translation>解除暂停…</translation>
    </message>
  </context>
  <context>
    <name>CustomerRecordsDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="233" />
      <source>Customer records: %1</source>
      <translation>客户记录：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="237" />
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="238" />
      <source>Pays by</source>
      <translation>承诺付款日</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="239" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="240" />
      <source>Paid</source>
      <translation>已付</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="241" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="242" />
      <source>recorded</source>
      <translation>已记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="243" />
      <location filename="../../app/ui/dialogs/customer_records.py" line="265" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="246" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="247" />
      <source>Start</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="248" />
      <source>End</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="249" />
      <source>Value</source>
      <translation>合同金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="250" />
      <source>Reminder days</source>
      <translation>提前提醒天数</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="251" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="254" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="255" />
      <source>Channel</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="256" />
      <source>Summary</source>
      <translation>内容摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="257" />
      <source>Follow-up</source>
      <translation>跟进日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="261" />
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="262" />
      <source>Until</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="262" />
      <source>open-ended</source>
      <translation>无截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="263" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="264" />
      <source>Released</source>
      <translation>解除日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="269" />
      <source>Promises to pay</source>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="270" />
      <source>New promise…</source>
      <translation>新建承诺…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="271" />
      <source>Record outcome…</source>
      <translation>记录结果…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="272" />
      <location filename="../../app/ui/dialogs/customer_records.py" line="374" />
      <source>Cancel promise</source>
      <translation>取消承诺</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="273" />
      <source>Contracts</source>
      <translation>合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="274" />
      <source>New contract…</source>
      <translation>新建合同…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="275" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="276" />
      <location filename="../../app/ui/dialogs/customer_records.py" line="280" />
      <location filename="../../app/ui/dialogs/customer_records.py" line="390" />
      <location filename="../../app/ui/dialogs/customer_records.py" line="405" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="277" />
      <source>Communication log</source>
      <translation>沟通记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="278" />
      <source>New entry…</source>
      <translation>新建记录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="279" />
      <source>Follow-up done</source>
      <translation>已跟进</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="281" />
      <source>Credit holds</source>
      <translation>信用暂停</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="282" />
      <source>Put on hold…</source>
      <translation>暂停信用…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="283" />
      <source>Release hold…</source>
      <translation>解除暂停…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="288" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="349" />
      <source>The customer has no open invoice.</source>
      <translation>该客户没有未清发票。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="352" />
      <source>Promise to pay</source>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="352" />
      <source>Which invoice?</source>
      <translation>哪一张发票？</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="366" />
      <source>Choose a promise that is not cancelled.</source>
      <translation>请选择一个未取消的承诺。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="374" />
      <source>Cancel the promise to pay %1 by %2?</source>
      <translation>取消于 %2 前支付 %1 的承诺？</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="390" />
      <source>Delete contract %1?</source>
      <translation>删除合同 %1？</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="405" />
      <source>Delete this entry?</source>
      <translation>删除这条记录？</translation>
    </message>
  </context>
  <context>
    <name>Dispute</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="483" />
      <source>Clear dispute</source>
      <translation>撤销争议</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="484" />
      <source>%1 is disputed. Clear the dispute? It will be dunned again when overdue.</source>
      <translation>%1 处于争议中。要撤销争议吗？逾期后将重新进入催款。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="487" />
      <source>Mark disputed</source>
      <translation>标记为争议</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="488" />
      <source>Mark %1 disputed? It leaves dunning until the dispute is cleared.</source>
      <translation>将 %1 标记为争议？在撤销争议之前不再催款。</translation>
    </message>
  </context>
  <context>
    <name>DocumentDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="503" />
      <source>Posted</source>
      <translation>已过账</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="504" />
      <source>Saved as draft</source>
      <translation>已存为草稿</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="505" />
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="506" />
      <source>Marked disputed</source>
      <translation>已标记争议</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="507" />
      <source>Dispute cleared</source>
      <translation>已撤销争议</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="508" />
      <source>Applied</source>
      <translation>已核销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="509" />
      <source>Unapplied</source>
      <translation>已撤销核销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="510" />
      <source>Promise to pay recorded</source>
      <translation>已记录付款承诺</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="511" />
      <source>Outcome of a promise recorded</source>
      <translation>已记录承诺结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="560" />
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="571" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="571" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="571" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="572" />
      <location filename="../../app/ui/dialogs/daywork.py" line="590" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="572" />
      <source>Open</source>
      <translation>未清金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="572" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="573" />
      <source>Method / reference</source>
      <translation>方式 / 参考号</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="573" />
      <source>Description / reason</source>
      <translation>说明 / 原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="587" />
      <source>Applied on</source>
      <translation>核销日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="588" />
      <source>Credit</source>
      <translation>贷项</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="589" />
      <source>Item</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="591" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="591" />
      <source>undone</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="591" />
      <source>in force</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="596" />
      <location filename="../../app/ui/dialogs/daywork.py" line="753" />
      <source>Unapply</source>
      <translation>撤销核销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="598" />
      <source>Reapply</source>
      <translation>重新核销</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="612" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="613" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="614" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="615" />
      <source>Tax %</source>
      <translation>税率 %</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="616" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="620" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="621" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="622" />
      <source>What</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="633" />
      <source>Applications</source>
      <translation>核销记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="634" />
      <source>Lines</source>
      <translation>明细行</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="635" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="638" />
      <source>Apply credit…</source>
      <translation>核销…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="640" />
      <source>Refund…</source>
      <translation>退款…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="642" />
      <source>Write off…</source>
      <translation>核销坏账…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="644" />
      <source>Promise to pay…</source>
      <translation>付款承诺…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="646" />
      <location filename="../../app/ui/dialogs/daywork.py" line="707" />
      <source>Mark disputed…</source>
      <translation>标记争议…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="648" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="692" />
      <source>disputed</source>
      <translation>争议中</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="702" />
      <source>Your role may not read the audit trail.</source>
      <translation>您的角色无权查看审计记录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="707" />
      <source>Clear dispute…</source>
      <translation>撤销争议…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="751" />
      <source>Unapply %1 from %2 (%3)? Both stay in the ledger; the history keeps the application.</source>
      <translation>撤销 %1 对 %2 的核销（%3）？两张单据都保留在明细账中，历史中保留该核销记录。</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="27" />
      <source>documents</source>
      <translation>张单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="28" />
      <source>contacts</source>
      <translation>个联系人</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="29" />
      <source>tags</source>
      <translation>个标签</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="30" />
      <source>log entries</source>
      <translation>条沟通记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="31" />
      <source>contracts</source>
      <translation>份合同</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="32" />
      <source>credit holds</source>
      <translation>次信用暂停</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="33" />
      <source>credit overrides</source>
      <translation>次信用特批</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="34" />
      <source>grade history entries</source>
      <translation>条等级历史</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="35" />
      <source>dunning letters</source>
      <translation>封催款函</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="36" />
      <source>classifications</source>
      <translation>条分类记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="39" />
      <source>same tax ID</source>
      <translation>税号相同</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="40" />
      <source>same phone</source>
      <translation>电话相同</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="41" />
      <source>same e-mail</source>
      <translation>邮箱相同</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="42" />
      <source>similar name</source>
      <translation>名称相似</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="52" />
      <source>Find duplicate customers…</source>
      <translation>查找重复客户…</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="62" />
      <source>Duplicate customers</source>
      <translation>重复客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="67" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="69" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="85" />
      <location filename="../../app/ui/dialogs/duplicates.py" line="173" />
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="94" />
      <source>Keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="95" />
      <source>Merge into it</source>
      <translation>并入的客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="96" />
      <source>What moves</source>
      <translation>将转移的内容</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="102" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="108" />
      <source>Customers with the same tax ID, phone or e-mail, or a similar name.</source>
      <translation>税号、电话或邮箱相同，或名称相似的客户。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="114" />
      <source>Looking for duplicates…</source>
      <translation>正在查找重复客户…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/dialogs/duplicates.py" line="121" />
      <source>%n group(s) found</source>
      <translation>
        <numerusform>找到 %n 组</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="151" />
      <source>Choose two different customers.</source>
      <translation>请选择两个不同的客户。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="158" />
      <source>nothing</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="160" />
      <source>%1 moves to %2 and is then removed.</source>
      <translation>%1 的全部内容将转到 %2，然后删除 %1。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="162" />
      <source>Moves: %1</source>
      <translation>转移：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="163" />
      <source>Balance after: %1 (%2 + %3)</source>
      <translation>合并后余额：%1（%2 + %3）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="165" />
      <source>Blank fields of the kept customer take the merged one's values; the merged record stays in the audit trail.</source>
      <translation>保留客户的空白字段将采用被合并客户的值；被合并客户的资料保留在审计记录中。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="173" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>将 %1 合并到 %2？此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/duplicates.py" line="180" />
      <source>%1 merged into %2.</source>
      <translation>%1 已合并到 %2。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="64" />
      <source>%1 has nothing left to apply</source>
      <translation>%1 已没有可核销的余额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="65" />
      <source>the customer has no open item to apply it to</source>
      <translation>该客户没有可核销的未清项</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="66" />
      <source>nothing of this credit is applied to this item</source>
      <translation>这笔贷项没有核销到该单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="67" />
      <source>%1 has nothing left to refund</source>
      <translation>%1 已没有可退还的余额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="68" />
      <source>at most the unapplied %1</source>
      <translation>最多为未核销金额 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="69" />
      <source>a refund cannot be dated before the payment</source>
      <translation>退款日期不能早于收款日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="70" />
      <source>the promise is cancelled</source>
      <translation>该承诺已取消</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="71" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="117" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="155" />
      <source>Not an amount. Type it like 1,234.50.</source>
      <translation>不是有效金额，请按 1,234.50 的格式输入。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="158" />
      <source>Enter an amount greater than zero.</source>
      <translation>请输入大于零的金额。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="161" />
      <source>At most %1.</source>
      <translation>最多 %1。</translation>
    </message>
  </context>
  <context>
    <name>HoldDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="426" />
      <source>Put on credit hold</source>
      <translation>暂停信用</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="431" />
      <source>Ends on</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="442" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="443" />
      <source>Expiry</source>
      <translation>有效期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="444" />
      <source>While on hold, new invoices need an override by a permitted user.</source>
      <translation>暂停期间，新开发票需有权限的用户特批。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="447" />
      <source>Put on hold</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="453" />
      <source>Say why the customer is put on hold.</source>
      <translation>请说明暂停该客户信用的原因。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="456" />
      <source>The hold would end before it starts.</source>
      <translation>暂停的截止日期早于开始日期。</translation>
    </message>
  </context>
  <context>
    <name>LedgerActions</name>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="77" />
      <source>Open document</source>
      <translation>打开单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="78" />
      <source>Apply unapplied credit…</source>
      <translation>核销未核销款项…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="79" />
      <source>Refund overpayment…</source>
      <translation>退还多付款…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="80" />
      <location filename="../../app/ui/views/ledger_actions.py" line="89" />
      <source>Write off…</source>
      <translation>核销坏账…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="81" />
      <source>Promise to pay…</source>
      <translation>付款承诺…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="82" />
      <source>Dispute or clear dispute…</source>
      <translation>标记或撤销争议…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="83" />
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="84" />
      <source>Promises, contracts and log…</source>
      <translation>承诺、合同与沟通记录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="85" />
      <source>Put on hold…</source>
      <translation>暂停信用…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="86" />
      <source>Release hold…</source>
      <translation>解除暂停…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="87" />
      <source>Credit report</source>
      <translation>信用报告</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="88" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="88" />
      <source>Apply…</source>
      <translation>核销…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="89" />
      <source>Refund…</source>
      <translation>退款…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="90" />
      <source>Promise…</source>
      <translation>承诺…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="90" />
      <source>Dispute…</source>
      <translation>争议…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="91" />
      <source>Records…</source>
      <translation>记录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="91" />
      <source>Hold…</source>
      <translation>暂停…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="92" />
      <source>Release…</source>
      <translation>解除…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="194" />
      <source>Select a document first.</source>
      <translation>请先选择一张单据。</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="202" />
      <location filename="../../app/ui/views/ledger_actions.py" line="252" />
      <source>Done.</source>
      <translation>已完成。</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="227" />
      <source>Apply unapplied credit</source>
      <translation>核销未核销款项</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/ledger_actions.py" line="228" />
      <source>Which credit goes to %1?</source>
      <translation>将哪一笔贷项核销到 %1？</translation>
    </message>
  </context>
  <context>
    <name>LogDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="162" />
      <source>Log a contact</source>
      <translation>记录沟通</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="173" />
      <source>Follow up on</source>
      <translation>跟进日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="184" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="185" />
      <source>Channel</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="186" />
      <source>Summary</source>
      <translation>内容摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="187" />
      <source>Follow-up</source>
      <translation>跟进日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="188" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="194" />
      <source>Say what was discussed.</source>
      <translation>请填写沟通内容。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="197" />
      <source>A follow-up cannot be before the contact.</source>
      <translation>跟进日期不能早于沟通日期。</translation>
    </message>
  </context>
  <context>
    <name>OutcomeDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="131" />
      <source>%1 · %2 by %3</source>
      <translation>%1 · %3 前支付 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="134" />
      <source>Outcome of the promise</source>
      <translation>承诺结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="144" />
      <source>Paid in the promise's window: %1</source>
      <translation>承诺期内已付：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="145" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="146" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="148" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
  </context>
  <context>
    <name>PromiseDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="393" />
      <source>%1 · open %2</source>
      <translation>%1 · 未清 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="396" />
      <source>Promise to pay</source>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="406" />
      <source>Pays by</source>
      <translation>承诺付款日</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="407" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="408" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="409" />
      <source>Record promise</source>
      <translation>记录承诺</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="42" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="43" />
      <source>E-mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="44" />
      <source>Visit</source>
      <translation>拜访</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="45" />
      <source>Letter</source>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="46" />
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="47" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="48" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="51" />
      <source>open</source>
      <translation>未到期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="52" />
      <source>kept</source>
      <translation>已兑现</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="53" />
      <source>broken</source>
      <translation>未兑现</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="54" />
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/customer_records.py" line="55" />
      <source>invoice voided</source>
      <translation>发票已作废</translation>
    </message>
  </context>
  <context>
    <name>RefundDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="323" />
      <source>Refund from %1 · unapplied %2</source>
      <translation>从 %1 退款 · 未核销 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="327" />
      <source>Refund an overpayment</source>
      <translation>退还多付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="340" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="341" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="342" />
      <source>Method</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="343" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="344" />
      <source>Post refund</source>
      <translation>过账退款</translation>
    </message>
  </context>
  <context>
    <name>ReleaseDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="468" />
      <source>Release credit hold</source>
      <translation>解除信用暂停</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="473" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="474" />
      <source>Release</source>
      <translation>解除</translation>
    </message>
  </context>
  <context>
    <name>ReminderActions</name>
    <message>
      <location filename="../../app/ui/views/reminder_actions.py" line="65" />
      <source>Open document</source>
      <translation>打开单据</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/reminder_actions.py" line="68" />
      <source>Promises, contracts and log…</source>
      <translation>承诺、合同与沟通记录…</translation>
    </message>
  </context>
  <context>
    <name>WriteOffDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="359" />
      <source>%1 · open %2</source>
      <translation>%1 · 未清 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="362" />
      <location filename="../../app/ui/dialogs/daywork.py" line="375" />
      <source>Write off</source>
      <translation>核销坏账</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="371" />
      <source>e.g. customer insolvent; small difference</source>
      <translation>例如：客户破产；尾差</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="372" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="373" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="374" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/daywork.py" line="382" />
      <source>Say why the amount is written off.</source>
      <translation>请说明核销的原因。</translation>
    </message>
  </context>
</TS>