<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../app/ui/errors.py" line="85" />
        <source>Not found: %1 %2</source>
        <translation>未找到：%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="88" />
        <source>You may not do this (%1).</source>
        <translation>您无权执行此操作（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="90" />
        <source>This company file is open in another Duebook.</source>
        <translation>该公司文件已在另一个 Duebook 中打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="92" />
        <source>Credit refused.</source>
        <translation>信用审核未通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="94" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="96" />
        <source>The file was not imported; %1 row(s) are wrong.</source>
        <translation>文件未导入；有 %1 行有错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="99" />
        <source>This cannot be done now.</source>
        <translation>现在无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="101" />
        <source>Conflict.</source>
        <translation>冲突。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="103" />
        <source>The company file cannot be used.</source>
        <translation>无法使用该公司文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="106" />
        <source>An unexpected error happened.</source>
        <translation>发生了意外错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="114" />
        <source>Duebook</source>
        <translation>Duebook</translation>
    </message>
</context>
<context>
    <name>Credit</name>
    <message>
        <location filename="../../app/ui/views/credit.py" line="52" />
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="52" />
        <source>warn</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="52" />
        <source>over limit</source>
        <translation>超限</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="53" />
        <source>on hold</source>
        <translation>冻结</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="341" />
        <source>New payment</source>
        <translation>新建收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="341" />
        <source>New credit note</source>
        <translation>新建贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="349" />
        <source>next number</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="355" />
        <location filename="../../app/ui/dialogs/entry.py" line="363" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="356" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="357" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="359" />
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="360" />
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="360" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="363" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="363" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="364" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="364" />
        <source>Apply</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="373" />
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="374" />
        <source>Apply the amount to the oldest open items first</source>
        <translation>按最早的未结项目优先核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="376" />
        <source>Leave unapplied</source>
        <translation>暂不核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="379" />
        <source>Application to open items</source>
        <translation>核销到未结项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="461" />
        <source>%1: not an amount.</source>
        <translation>%1：不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="463" />
        <source>%1 is open for %2 only.</source>
        <translation>%1 的未结金额只有 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="476" />
        <source>Applied %1 · unapplied %2</source>
        <translation>已核销 %1 · 未核销 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="488" />
        <source>More is applied than the amount.</source>
        <translation>核销金额超过了收款金额。</translation>
    </message>
</context>
<context>
    <name>CreditPage</name>
    <message>
        <location filename="../../app/ui/views/credit.py" line="108" />
        <source>Filter by code or name…</source>
        <translation>按编号或名称筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="111" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="114" />
        <source>warn, over or hold</source>
        <translation>预警、超限或冻结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="116" />
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="117" />
        <source>With a credit limit</source>
        <translation>有信用额度的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="118" />
        <source>With a balance</source>
        <translation>有余额的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="123" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="124" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="125" />
        <source>Limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="125" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="127" />
        <source>Exposure</source>
        <translation>风险敞口</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="128" />
        <source>Available</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="131" />
        <source>Utilization</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="134" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="136" />
        <source>Index</source>
        <translation>付款指数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="138" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="139" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="156" />
        <source>Double-click a customer to open the ledger.</source>
        <translation>双击客户打开往来明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="205" />
        <source>%1 customers · ok %2 · warn %3 · over %4 · hold %5</source>
        <translation>%1 个客户 · 正常 %2 · 预警 %3 · 超限 %4 · 冻结 %5</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="75" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="76" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="94" />
        <source>comma separated, e.g. vip, export</source>
        <translation>用逗号分隔，例如 vip, 出口</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="109" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="112" />
        <source>no limit</source>
        <translation>不限额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="117" />
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="118" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="122" />
        <source>Exclude from dunning</source>
        <translation>不参与催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="125" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="126" />
        <location filename="../../app/ui/dialogs/customer.py" line="154" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="127" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="128" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="129" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="130" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="131" />
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="132" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="133" />
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="135" />
        <location filename="../../app/ui/dialogs/customer.py" line="154" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="136" />
        <location filename="../../app/ui/dialogs/customer.py" line="154" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="137" />
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="138" />
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="139" />
        <source>Payment terms</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="140" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="141" />
        <source>Warn at (% of limit)</source>
        <translation>预警线（额度的 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="142" />
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="143" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="151" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="154" />
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="158" />
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="160" />
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="184" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="186" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="212" />
        <source>next free number</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="292" />
        <source>Not an amount, e.g. 50,000.00</source>
        <translation>不是有效金额，例如 50,000.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="298" />
        <source>A percentage such as 80</source>
        <translation>请输入百分比，例如 80</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="358" />
        <source>This may be a customer you already have:</source>
        <translation>这可能是已有的客户：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="365" />
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="371" />
        <source>A likely duplicate exists. Press Save again to create it anyway.</source>
        <translation>可能已有重复客户。再次点击“保存”仍然创建。</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../app/ui/models/customers.py" line="41" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="41" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="41" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="42" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="42" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="42" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="43" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="43" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="43" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="152" />
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="152" />
        <source>active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="45" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="46" />
        <source>Small business</source>
        <translation>小微企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="47" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="48" />
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="55" />
        <source>same tax ID</source>
        <translation>税号相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="56" />
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="57" />
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="58" />
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../app/ui/views/customers.py" line="36" />
        <source>Search code, name, contact, phone, tax ID, tag, pinyin…</source>
        <translation>搜索编号、名称、联系人、电话、税号、标签、拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="44" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="45" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="46" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="47" />
        <source>With balance</source>
        <translation>有余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="54" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="56" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="69" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="71" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="72" />
        <location filename="../../app/ui/views/customers.py" line="177" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="74" />
        <source>Open ledger</source>
        <translation>打开往来明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="115" />
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers.py" line="141" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="177" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="191" />
        <source>Customer %1 saved.</source>
        <translation>客户 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="221" />
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="222" />
        <source>Archive %1 %2? Archived customers are kept with their documents but hidden from lists and new documents.</source>
        <translation>归档 %1 %2？归档的客户及其单据都会保留，但不再出现在列表和新单据中。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="48" />
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="50" />
        <source>Over %1 days</source>
        <translation>超过 %1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="51" />
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="76" />
        <source>Total receivable</source>
        <translation>应收总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="78" />
        <location filename="../../app/ui/views/dashboard.py" line="101" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="80" />
        <source>Customers owing</source>
        <translation>欠款客户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="81" />
        <source>Unapplied credits</source>
        <translation>未核销贷项</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="87" />
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="98" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="99" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="100" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="110" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="111" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="112" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="113" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="114" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="125" />
        <source>Top debtors</source>
        <translation>欠款最多的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="126" />
        <source>Recent documents</source>
        <translation>最近单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="163" />
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="172" />
        <source>Open amount</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="189" />
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="192" />
        <source>Aging (%1)</source>
        <translation>账龄（%1）</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="75" />
        <source>Credit refused</source>
        <translation>信用拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="76" />
        <source>Reason for an override:</source>
        <translation>越权放行的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="161" />
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="163" />
        <source>Too many decimal places for this currency.</source>
        <translation>小数位数超过了该币种允许的位数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="164" />
        <source>Not an amount. Type it like 1,234.50.</source>
        <translation>不是有效金额。请按 1,234.50 的格式输入。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="46" />
        <source>This is needed.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47" />
        <source>Too long.</source>
        <translation>太长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="48" />
        <source>Choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="49" />
        <source>Out of the allowed range.</source>
        <translation>超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="50" />
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="51" />
        <source>Not in a valid format.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="52" />
        <source>Not a valid tax ID.</source>
        <translation>不是有效的税号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="53" />
        <source>Already used by another record.</source>
        <translation>已被其他记录使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="54" />
        <source>More than is open.</source>
        <translation>超过了未结金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="55" />
        <source>The dates are in the wrong order.</source>
        <translation>日期先后顺序不对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="56" />
        <source>Must be more than zero.</source>
        <translation>必须大于零。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/errors.py" line="19" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="20" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="21" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="22" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="23" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="24" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="25" />
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="26" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="27" />
        <source>Warn ratio</source>
        <translation>预警比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="28" />
        <source>Payment terms</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="29" />
        <location filename="../../app/ui/errors.py" line="40" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="30" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="32" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="33" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="34" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="35" />
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="36" />
        <source>Allocation</source>
        <translation>核销分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="37" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="38" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="39" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="41" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="173" />
        <source>New invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="177" />
        <source>Set a due date (default: payment terms)</source>
        <translation>指定到期日（默认按付款期限）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="188" />
        <source>next number</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="193" />
        <source>Enter lines (quantity × unit price + tax)</source>
        <translation>按明细行录入（数量 × 单价 + 税）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="195" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="196" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="197" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="198" />
        <location filename="../../app/ui/dialogs/entry.py" line="203" />
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="199" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="203" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="203" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="204" />
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="204" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="209" />
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="263" />
        <source>Line %1: quantity, price or tax is not a number.</source>
        <translation>第 %1 行：数量、单价或税率不是有效数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="266" />
        <source>Enter at least one line.</source>
        <translation>请至少输入一行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="305" />
        <source>The due date is before the invoice date.</source>
        <translation>到期日早于发票日期。</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="155" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs.py" line="156" />
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="47" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="47" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="48" />
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="48" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="49" />
        <source>Write-off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="49" />
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="50" />
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="50" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="55" />
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="55" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="55" />
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="60" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="60" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="60" />
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="61" />
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="61" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="48" />
        <source>Customer: type a code or a name…</source>
        <translation>客户：输入编号或名称…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="63" />
        <source>Choose a customer to see the ledger.</source>
        <translation>请选择客户以查看往来明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="75" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="85" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="88" />
        <source>Open only</source>
        <translation>仅未结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="97" />
        <source>Invoice…</source>
        <translation>发票…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="99" />
        <source>Payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="101" />
        <source>Credit note…</source>
        <translation>贷项通知单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="103" />
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="114" />
        <location filename="../../app/ui/views/ledger.py" line="137" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="115" />
        <location filename="../../app/ui/views/ledger.py" line="136" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="116" />
        <location filename="../../app/ui/views/ledger.py" line="135" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="117" />
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="118" />
        <location filename="../../app/ui/views/ledger.py" line="138" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="119" />
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="120" />
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="122" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="124" />
        <location filename="../../app/ui/views/ledger.py" line="140" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="126" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="127" />
        <location filename="../../app/ui/views/ledger.py" line="141" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="139" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="153" />
        <source>Open items</source>
        <translation>未结项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="268" />
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="274" />
        <source>Open items: %1 · overdue %2</source>
        <translation>未结项目：%1 · 逾期 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/ledger.py" line="276" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 张单据</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="277" />
        <source>Opening %1 · Debit %2 · Credit %3 · Closing %4</source>
        <translation>期初 %1 · 借方 %2 · 贷方 %3 · 期末 %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="296" />
        <source>Posted.</source>
        <translation>已过账。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="326" />
        <source>Select the document to void.</source>
        <translation>请选择要作废的单据。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="83" />
        <source>Creating the demo company…</source>
        <translation>正在创建演示公司…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192" />
        <source>&amp;New company…</source>
        <translation>新建公司(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194" />
        <source>Open &amp;demo company</source>
        <translation>打开演示公司(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195" />
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Close company</source>
        <translation>关闭公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216" />
        <source>&amp;New document</source>
        <translation>新建单据(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220" />
        <source>&amp;About Duebook</source>
        <translation>关于 Duebook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281" />
        <source>This company file is open in another Duebook; it was opened read-only.</source>
        <translation>该公司文件已在另一个 Duebook 中打开，现以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287" />
        <source>Open company file</source>
        <translation>打开公司文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288" />
        <source>Duebook company (*.duebook);;All files (*)</source>
        <translation>Duebook 公司文件 (*.duebook);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313" />
        <source>No company open</source>
        <translation>未打开公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322" />
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>About Duebook</source>
        <translation>关于 Duebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326" />
        <source>Duebook — receivables and credit control for the small-business bookkeeper.</source>
        <translation>Duebook —— 为小企业会计设计的应收账款与信用管理软件。</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="39" />
        <source>New company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="44" />
        <source>e.g. Shanghai Example Trading Co., Ltd.</source>
        <translation>例如 上海示例贸易有限公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="53" />
        <location filename="../../app/ui/first_run.py" line="60" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="66" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="67" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="68" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="69" />
        <location filename="../../app/ui/first_run.py" line="95" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="70" />
        <location filename="../../app/ui/first_run.py" line="100" />
        <source>Company file</source>
        <translation>公司文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="77" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="81" />
        <source>A company file keeps one company's customers and ledger.</source>
        <translation>一个公司文件保存一家公司的客户和往来账。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="101" />
        <source>Duebook company (*.duebook)</source>
        <translation>Duebook 公司文件 (*.duebook)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="109" />
        <source>Please enter the company name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="117" />
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="37" />
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="38" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="39" />
        <source>Ledger</source>
        <translation>往来明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="40" />
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41" />
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43" />
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="88" />
        <source>Print preview — %1</source>
        <translation>打印预览 —— %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="97" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="98" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="99" />
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="100" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="102" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="142" />
        <source>This PDF cannot be read: %1</source>
        <translation>无法读取此 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="157" />
        <source>%1 page(s) · %2%</source>
        <translation>%1 页 · %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="177" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="184" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="185" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/views/settings.py" line="36" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="44" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="45" />
        <source>Dates, numbers and amounts follow the chosen language.</source>
        <translation>日期、数字和金额按所选语言显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="49" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="68" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="76" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="76" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="77" />
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="77" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="78" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="78" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="79" />
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="80" />
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="80" />
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="81" />
        <source>Bank details</source>
        <translation>银行信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="82" />
        <location filename="../../app/ui/views/settings.py" line="130" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="93" />
        <source>Save company details</source>
        <translation>保存公司信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="151" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StatementBatchDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="79" />
        <source>Statements for several customers</source>
        <translation>批量客户对账单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="91" />
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="92" />
        <source>Customers with the tag</source>
        <translation>带该标签的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="93" />
        <source>Customers of the category</source>
        <translation>该类别的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="94" />
        <source>These customer codes</source>
        <translation>以下客户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="102" />
        <source>C000001, C000002</source>
        <translation>C000001, C000002</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="106" />
        <source>Only customers with a balance at the end of the period</source>
        <translation>仅限期末有余额的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="108" />
        <source>Open items instead of balance-forward</source>
        <translation>按未结项目（而非余额结转）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="110" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="120" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="127" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="128" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="130" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="135" />
        <source>Choose the customers and the period, then Write statements.</source>
        <translation>选择客户和期间，然后点击“生成对账单”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="139" />
        <source>Write statements</source>
        <translation>生成对账单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="141" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="143" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="144" />
        <source>Preview and print all…</source>
        <translation>预览并全部打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="145" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="189" />
        <source>Folder for the statements</source>
        <translation>对账单保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="212" />
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="216" />
        <source>Type at least one customer code.</source>
        <translation>请至少输入一个客户编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="223" />
        <source>Writing statements…</source>
        <translation>正在生成对账单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="233" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="258" />
        <source>No customer matched; nothing was written.</source>
        <translation>没有匹配的客户；未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="260" />
        <source>%1 statement(s) written to %2</source>
        <translation>已生成 %1 份对账单，保存在 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="272" />
        <source>Cancelled; no statement was kept.</source>
        <translation>已取消；未保留任何对账单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="287" />
        <source>Statements — print all</source>
        <translation>对账单 —— 全部打印</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="517" />
        <source>Void document</source>
        <translation>作废单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="522" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="523" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="524" />
        <source>A void posts a reversing entry; the document stays in the ledger, marked voided.</source>
        <translation>作废会记一笔冲销分录；原单据保留在明细账中，并标记为已作废。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="527" />
        <source>Void (Ctrl+S)</source>
        <translation>作废 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="533" />
        <source>Say why the document is voided.</source>
        <translation>请说明作废原因。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="24" />
        <source>Welcome to Duebook</source>
        <translation>欢迎使用 Duebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="31" />
        <source>Receivables and credit control, on your own PC. Start a company file, open one, or look around the demo company first.</source>
        <translation>在您自己的电脑上管理应收账款和信用。新建或打开一个公司文件，也可以先看看演示公司。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38" />
        <source>New company…</source>
        <translation>新建公司…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="40" />
        <source>Open a company file…</source>
        <translation>打开公司文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="41" />
        <source>Open the demo company</source>
        <translation>打开演示公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="53" />
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="101" />
        <source>Post (Ctrl+S)</source>
        <translation>过账 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="106" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="144" />
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
</context>
</TS>