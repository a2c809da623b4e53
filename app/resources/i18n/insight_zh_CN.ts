<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Alerts</name>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="38" />
      <source>Critical</source>
      <translation>严重</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="39" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="40" />
      <source>Info</source>
      <translation>提示</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="46" />
      <source>Unusual amount</source>
      <translation>异常金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="47" />
      <source>Paying slower</source>
      <translation>付款变慢</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="48" />
      <source>Credit limit jump</source>
      <translation>额度使用骤升</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="49" />
      <source>Dormant customer returns</source>
      <translation>休眠客户回归</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="50" />
      <source>Possible duplicate</source>
      <translation>疑似重复</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="51" />
      <source>Broken promise</source>
      <translation>违约承诺</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="52" />
      <source>Grade drop</source>
      <translation>等级下降</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="57" />
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="58" />
      <source>Payment</source>
      <translation>付款</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="64" />
      <source>%kind %number of %amount is more than 5 times the median (%median) of the customer's %count earlier documents of this kind in 24 months</source>
      <translation>%kind %number 金额 %amount，超过该客户 24 个月内此前 %count 笔同类单据中位数（%median）的 5 倍</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="67" />
      <source>%kind %number of %amount is above the 99th percentile (%p99) of the customer's %count earlier documents of this kind in 24 months</source>
      <translation>%kind %number 金额 %amount，高于该客户 24 个月内此前 %count 笔同类单据的第 99 百分位（%p99）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="70" />
      <source>Paid in %recent days on average over the last 90 days (%recent_count invoices), against %older days in the 12 months before (%older_count invoices)</source>
      <translation>近 90 天平均 %recent 天付款（%recent_count 张发票），此前 12 个月平均 %older 天（%older_count 张发票）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="73" />
      <source>Went over the credit limit of %limit: utilization %before% 30 days ago, %after% now</source>
      <translation>已超出信用额度 %limit：30 天前使用率 %before%，现在 %after%</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="75" />
      <source>Utilization rose from %before% to %after% of the credit limit of %limit within 30 days</source>
      <translation>30 天内额度使用率由 %before% 升至 %after%（信用额度 %limit）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="77" />
      <source>Invoice %number of %amount after %days days without an invoice, above the median (%median) of the earlier ones</source>
      <translation>相隔 %days 天无发票后开出发票 %number，金额 %amount，高于以往发票的中位数（%median）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="80" />
      <source>Invoice %number has the same date (%date) and amount (%amount) as invoice %other</source>
      <translation>发票 %number 与发票 %other 日期（%date）和金额（%amount）相同</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="82" />
      <source>Payment %number has the same reference (%reference) as payment %other</source>
      <translation>付款 %number 与付款 %other 的参考号（%reference）相同</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="84" />
      <source>The payment of %amount promised for invoice %number by %promised_on did not arrive</source>
      <translation>承诺于 %promised_on 前支付发票 %number 的 %amount 未到账</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="86" />
      <source>Grade fell from %before to %after within 90 days</source>
      <translation>90 天内等级由 %before 降至 %after</translation>
    </message>
  </context>
  <context>
    <name>AlertsPanel</name>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="109" />
      <location filename="../../app/ui/views/alerts.py" line="136" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="111" />
      <source>Show dismissed</source>
      <translation>显示已忽略</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="114" />
      <source>Dismiss…</source>
      <translation>忽略…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="124" />
      <source>Severity</source>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="126" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="127" />
      <source>What</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="128" />
      <source>Since</source>
      <translation>发生日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="156" />
      <source>Dismissed: %1</source>
      <translation>已忽略：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="178" />
      <source>Nothing unusual today.</source>
      <translation>今天没有异常。</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="205" />
      <source>Dismiss alert</source>
      <translation>忽略提醒</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="206" />
      <source>Why can this alert be set aside? (kept with the alert)</source>
      <translation>为什么可以忽略此提醒？（说明将与提醒一同保存）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/alerts.py" line="210" />
      <source>A note is needed to dismiss an alert.</source>
      <translation>忽略提醒需要填写说明。</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Alerts</source>
      <translation>异常提醒</translation>
    </message>
    <message>
      <source>Alerts (%1)</source>
      <translation>异常提醒（%1）</translation>
    </message>
  </context>
<context>
    <name>Errors</name>
    <message>
        <source>a note is needed</source>
        <translation>需要填写说明</translation>
    </message>
    <message>
        <source>this alert is about a document: name it</source>
        <translation>此提醒针对某张单据：请填写单据号</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
</TS>