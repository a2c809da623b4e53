<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Errors</name>
    <message>
      <source>%1 has nothing left to apply</source>
      <translation>%1 已没有可核销的余额</translation>
    </message>
    <message>
      <source>the customer has no open item to apply it to</source>
      <translation>该客户没有可核销的未清项</translation>
    </message>
    <message>
      <source>nothing of this credit is applied to this item</source>
      <translation>这笔贷项没有核销到该单据</translation>
    </message>
    <message>
      <source>%1 has nothing left to refund</source>
      <translation>%1 已没有可退还的余额</translation>
    </message>
    <message>
      <source>at most the unapplied %1</source>
      <translation>最多为未核销金额 %1</translation>
    </message>
    <message>
      <source>a refund cannot be dated before the payment</source>
      <translation>退款日期不能早于收款日期</translation>
    </message>
  </context>
</TS>