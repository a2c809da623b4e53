<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Collections</name>
    <message>
      <source>Order not invoiced</source>
      <translation>订单未开票</translation>
    </message>
    <message>
      <source>Order past delivery</source>
      <translation>订单逾期未交货</translation>
    </message>
  </context>
  <context>
    <name>CustomerOrdersPanel</name>
    <message>
      <source>Select a customer to see the open orders.</source>
      <translation>选择一个客户以查看其未完成订单。</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>订单号</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>预计交货</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Not invoiced</source>
      <translation>未开票金额</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n open order(s) for %2 · exposure %3 · with the orders %4</source>
      <translation>
        <numerusform>%1：%n 张未完成订单，共 %2 · 风险敞口 %3 · 含订单 %4</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of the limit %2</source>
      <translation>占信用额度 %2 的 %1</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Order not invoiced</source>
      <translation>订单未开票</translation>
    </message>
    <message>
      <source>Order past delivery</source>
      <translation>订单逾期未交货</translation>
    </message>
    <message>
      <source>Order %1 is confirmed but not invoiced.</source>
      <translation>订单 %1 已确认但尚未开票。</translation>
    </message>
    <message>
      <source>Order %1 is past its delivery date.</source>
      <translation>订单 %1 已过预计交货日期。</translation>
    </message>
  </context>
  <context>
    <name>DocumentPrint</name>
    <message>
      <source>Invoice %1</source>
      <translation>销售单 %1</translation>
    </message>
    <message>
      <source>Receipt %1</source>
      <translation>收据 %1</translation>
    </message>
    <message>
      <source>Print invoice…</source>
      <translation>打印销售单…</translation>
    </message>
    <message>
      <source>Tax invoice (fapiao) number…</source>
      <translation>增值税发票号码…</translation>
    </message>
    <message>
      <source>Print receipt…</source>
      <translation>打印收据…</translation>
    </message>
    <message>
      <source>Post and print</source>
      <translation>过账并打印</translation>
    </message>
    <message>
      <source>E-mail invoice</source>
      <translation>通过邮件发送销售单</translation>
    </message>
    <message>
      <source>E-mail receipt</source>
      <translation>通过邮件发送收据</translation>
    </message>
    <message>
      <source>Invoice %1 is in the Outbox for %2.</source>
      <translation>销售单 %1 已放入发件箱，收件人 %2。</translation>
    </message>
    <message>
      <source>Receipt %1 is in the Outbox for %2.</source>
      <translation>收据 %1 已放入发件箱，收件人 %2。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Several records match; be more precise.</source>
      <translation>有多条记录符合，请说得更具体些。</translation>
    </message>
    <message>
      <source>several payments have the reference %1; give the payment number</source>
      <translation>有多笔收款的参考号为 %1，请填写收款单号</translation>
    </message>
    <message>
      <source>nothing to print: no document is selected</source>
      <translation>没有可打印的内容：未选择任何单据</translation>
    </message>
    <message>
      <source>the date of the tax invoice is needed</source>
      <translation>需要填写增值税发票的开票日期</translation>
    </message>
    <message>
      <source>%1 is a draft: post it before recording its tax invoice</source>
      <translation>%1 是草稿：请先过账，再登记其增值税发票</translation>
    </message>
    <message>
      <source>an amount or lines are needed</source>
      <translation>需要填写金额或明细行</translation>
    </message>
    <message>
      <source>the delivery date is before the order date</source>
      <translation>交货日期早于订单日期</translation>
    </message>
    <message>
      <source>customer %1 is archived; bring it back before taking an order</source>
      <translation>客户 %1 已归档；请先恢复后再接单</translation>
    </message>
    <message>
      <source>order %1 is %2; only a draft order can be confirmed</source>
      <translation>订单 %1 的状态为 %2；只有草稿订单才能确认</translation>
    </message>
    <message>
      <source>order %1 is %2; only a confirmed order can be invoiced</source>
      <translation>订单 %1 的状态为 %2；只有已确认的订单才能开票</translation>
    </message>
    <message>
      <source>order %1 is invoiced in full</source>
      <translation>订单 %1 已全部开票</translation>
    </message>
    <message>
      <source>the invoice cannot be dated before the order</source>
      <translation>发票日期不能早于订单日期</translation>
    </message>
    <message>
      <source>order %1 was changed meanwhile; look at it again</source>
      <translation>订单 %1 在此期间已被修改，请重新查看</translation>
    </message>
    <message>
      <source>say why the order is cancelled</source>
      <translation>请说明取消订单的原因</translation>
    </message>
    <message>
      <source>order %1 is %2; it cannot be cancelled</source>
      <translation>订单 %1 的状态为 %2，不能取消</translation>
    </message>
    <message>
      <source>order %1 is open for %2 only</source>
      <translation>订单 %1 的未开票金额只有 %2</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>订单</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Documents</source>
      <translation>单据</translation>
    </message>
    <message>
      <source>Expected delivery</source>
      <translation>预计交货日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Tax invoice number</source>
      <translation>增值税发票号码</translation>
    </message>
    <message>
      <source>Tax invoice date</source>
      <translation>增值税发票开票日期</translation>
    </message>
  </context>
  <context>
    <name>InvoiceOrderDialog</name>
    <message>
      <source>Invoice order %1</source>
      <translation>订单 %1 开票</translation>
    </message>
    <message>
      <source>Order %1 · invoiced %2 · open %3</source>
      <translation>订单金额 %1 · 已开票 %2 · 未开票 %3</translation>
    </message>
    <message>
      <source>Invoicing less than the open amount leaves the rest of the order open. The whole order is invoiced with its lines.</source>
      <translation>开票金额少于未开票金额时，订单其余部分保持未完成。整张订单开票时会带上其明细行。</translation>
    </message>
    <message>
      <source>Invoice date</source>
      <translation>开票日期</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Post invoice</source>
      <translation>开票过账</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Not an amount. Type it like 1,234.50.</source>
      <translation>不是有效金额，请按 1,234.50 的格式输入。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Print &amp;invoices and receipts…</source>
      <translation>批量打印销售单和收据(&amp;I)…</translation>
    </message>
  </context>
  <context>
    <name>OrderDialog</name>
    <message>
      <source>New sales order</source>
      <translation>新建销售订单</translation>
    </message>
    <message>
      <source>customer code</source>
      <translation>客户编号</translation>
    </message>
    <message>
      <source>Expected delivery</source>
      <translation>预计交货</translation>
    </message>
    <message>
      <source>next number</source>
      <translation>自动编号</translation>
    </message>
    <message>
      <source>Enter lines (quantity × unit price + tax)</source>
      <translation>按明细录入（数量 × 单价 + 税）</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>交货</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Tax %</source>
      <translation>税率 %</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <source>Save order (Ctrl+S)</source>
      <translation>保存订单 (Ctrl+S)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Line %1: quantity, price or tax is not a number.</source>
      <translation>第 %1 行：数量、单价或税率不是数字。</translation>
    </message>
    <message>
      <source>Enter at least one line.</source>
      <translation>请至少录入一行。</translation>
    </message>
    <message>
      <source>Choose the customer.</source>
      <translation>请选择客户。</translation>
    </message>
    <message>
      <source>Not an amount. Type it like 1,234.50.</source>
      <translation>不是有效金额，请按 1,234.50 的格式输入。</translation>
    </message>
    <message>
      <source>Enter an amount greater than zero.</source>
      <translation>请输入大于零的金额。</translation>
    </message>
    <message>
      <source>The delivery date is before the order date.</source>
      <translation>交货日期早于订单日期。</translation>
    </message>
  </context>
  <context>
    <name>Orders</name>
    <message>
      <source>draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>invoiced</source>
      <translation>已开票</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Order %1 confirmed.</source>
      <translation>订单 %1 已确认。</translation>
    </message>
    <message>
      <source>Cancel order</source>
      <translation>取消订单</translation>
    </message>
    <message>
      <source>Why is order %1 cancelled?</source>
      <translation>为什么取消订单 %1？</translation>
    </message>
    <message>
      <source>Order %1 cancelled.</source>
      <translation>订单 %1 已取消。</translation>
    </message>
  </context>
  <context>
    <name>OrdersPage</name>
    <message>
      <source>Search number, customer, notes…</source>
      <translation>搜索单号、客户、备注…</translation>
    </message>
    <message>
      <source>Open (draft and confirmed)</source>
      <translation>未完成（草稿和已确认）</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>New order…</source>
      <translation>新建订单…</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>确认订单</translation>
    </message>
    <message>
      <source>Invoice this order…</source>
      <translation>为此订单开票…</translation>
    </message>
    <message>
      <source>Cancel order…</source>
      <translation>取消订单…</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Invoiced</source>
      <translation>已开票</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未开票</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>预计交货</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message numerus="yes">
      <source>%n order(s)</source>
      <translation>
        <numerusform>%n 张订单</numerusform>
      </translation>
    </message>
    <message>
      <source>confirmed and not invoiced %1</source>
      <translation>已确认未开票 %1</translation>
    </message>
    <message numerus="yes">
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n 行</numerusform>
      </translation>
    </message>
    <message>
      <source>Invoices: %1</source>
      <translation>发票：%1</translation>
    </message>
    <message>
      <source>Credit override: %1</source>
      <translation>信用越权放行：%1</translation>
    </message>
    <message>
      <source>Cancelled: %1</source>
      <translation>已取消：%1</translation>
    </message>
    <message>
      <source>Order %1 saved as a draft.</source>
      <translation>订单 %1 已保存为草稿。</translation>
    </message>
    <message>
      <source>Invoice %1 posted from order %2.</source>
      <translation>已根据订单 %2 开出发票 %1。</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Orders</source>
      <translation>订单</translation>
    </message>
  </context>
  <context>
    <name>PrintBatchDialog</name>
    <message>
      <source>Print invoices and receipts</source>
      <translation>批量打印销售单和收据</translation>
    </message>
    <message>
      <source>Invoices</source>
      <translation>销售单</translation>
    </message>
    <message>
      <source>Receipts of payments</source>
      <translation>收款收据</translation>
    </message>
    <message>
      <source>all customers (or a customer code)</source>
      <translation>全部客户（或填写客户编号）</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>单据</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Make PDF and preview</source>
      <translation>生成 PDF 并预览</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message numerus="yes">
      <source>%n document(s) in one PDF.</source>
      <translation>
        <numerusform>共 %n 张单据，已合并为一个 PDF。</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancelled; nothing was printed.</source>
      <translation>已取消，没有打印任何内容。</translation>
    </message>
    <message>
      <source>Rendering documents…</source>
      <translation>正在生成单据…</translation>
    </message>
  </context>
  <context>
    <name>TaxInvoiceDialog</name>
    <message>
      <source>Tax invoice of %1</source>
      <translation>%1 的增值税发票</translation>
    </message>
    <message>
      <source>Duebook prints commercial invoices; the VAT invoice (增值税发票) comes from the tax system. Record its number here to match the two (empty: none).</source>
      <translation>Duebook 打印的是商业销售单；增值税发票由税务系统开具。在此登记其号码以便两者对应（留空表示没有）。</translation>
    </message>
    <message>
      <source>Tax invoice number</source>
      <translation>增值税发票号码</translation>
    </message>
    <message>
      <source>Tax invoice date</source>
      <translation>开票日期</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>LedgerPage</name>
    <message numerus="yes">
      <source>%n open order(s): %1 · exposure with them %2</source>
      <translation>
        <numerusform>未开票订单 %n 张：%1 · 含订单的风险敞口 %2</numerusform>
      </translation>
    </message>
  </context>
</TS>