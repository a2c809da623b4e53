<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Errors</name>
    <message>
      <source>a whole number from 1 to 5</source>
      <translation>1 到 5 之间的整数</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>客户反馈</translation>
    </message>
  </context>
  <context>
    <name>FeedbackDialog</name>
    <message>
      <source>Customer feedback</source>
      <translation>客户反馈</translation>
    </message>
    <message>
      <source>very satisfied</source>
      <translation>非常满意</translation>
    </message>
    <message>
      <source>satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>neutral</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>dissatisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>very dissatisfied</source>
      <translation>非常不满意</translation>
    </message>
    <message>
      <source>What did the customer say?</source>
      <translation>客户的意见是什么？</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>FeedbackTab</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <source>Add feedback…</source>
      <translation>添加反馈…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>客户反馈</translation>
    </message>
    <message>
      <source>No feedback yet.</source>
      <translation>尚无反馈。</translation>
    </message>
    <message>
      <source>Delete this feedback?</source>
      <translation>删除这条反馈？</translation>
    </message>
    <message numerus="yes">
      <source>Average satisfaction: %1 of 5 (%n entry(s))</source>
      <translation><numerusform>平均满意度：%1 / 5（%n 条）</numerusform></translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Group by</source>
      <translation>分组方式</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>Lifecycle</name>
    <message>
      <source>Prospect</source>
      <translation>潜在客户</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新合作</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>活跃</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>重点客户</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>有风险</translation>
    </message>
    <message>
      <source>Dormant</source>
      <translation>休眠</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>流失</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>生命周期</translation>
    </message>
    <message>
      <source>Any stage</source>
      <translation>任意阶段</translation>
    </message>
    <message>
      <source>Update stages</source>
      <translation>更新生命周期</translation>
    </message>
    <message>
      <source>Apply the lifecycle rules as of today to every customer (kept with their history)</source>
      <translation>按今天的日期对所有客户应用生命周期规则（变化记入历史）</translation>
    </message>
    <message>
      <source>Stages as of %1: %2 changed</source>
      <translation>截至 %1 的生命周期：%2 位客户有变化</translation>
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
