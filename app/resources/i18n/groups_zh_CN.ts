<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Fields</name>
    <message>
      <source>Group by</source>
      <translation>分组方式</translation>
    </message>
  </context>
  <context>
    <name>ReportModel</name>
    <message>
      <source>Subtotal: %1</source>
      <translation>小计：%1</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n customer(s))</source>
      <translation><numerusform>%1（%n 位客户）</numerusform></translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Subtotals per group of customers; a customer with several tags counts in each of its tags</source>
      <translation>按客户分组小计；有多个标签的客户计入其每个标签</translation>
    </message>
    <message>
      <source>No grouping</source>
      <translation>不分组</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>客户类别</translation>
    </message>
    <message>
      <source>Industry</source>
      <translation>行业</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>信用等级</translation>
    </message>
    <message>
      <source>Value class</source>
      <translation>价值等级</translation>
    </message>
    <message>
      <source>Lifecycle stage</source>
      <translation>生命周期阶段</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Group by</source>
      <translation>分组</translation>
    </message>
  </context>
</TS>
