<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Bank</name>
    <message>
      <location filename="../../app/ui/views/bank.py" line="41" />
      <source>Unmatched</source>
      <translation>未匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="42" />
      <source>Proposed</source>
      <translation>有建议</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="43" />
      <source>Matched</source>
      <translation>已匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="44" />
      <source>Ignored</source>
      <translation>已忽略</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="50" />
      <source>Certain</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="51" />
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="52" />
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="53" />
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="60" />
      <source>by account</source>
      <translation>按账号</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="61" />
      <source>by name</source>
      <translation>按户名</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="63" />
      <source>invoice %1 named in the reference; amount equals its open amount</source>
      <translation>摘要中写明发票 %1；金额等于其未结金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="65" />
      <source>invoices %1 named in the reference; amount equals their open amounts</source>
      <translation>摘要中写明发票 %1；金额等于其未结金额合计</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="67" />
      <source>invoice %1 named in the reference; amount is %2 short of its open amount (bank charge)</source>
      <translation>摘要中写明发票 %1；金额比其未结金额少 %2（银行手续费）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="70" />
      <source>invoices %1 named in the reference; amount is %2 short of their open amounts (bank charge)</source>
      <translation>摘要中写明发票 %1；金额比其未结金额合计少 %2（银行手续费）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="73" />
      <source>payer known for %1 (%2); amount equals the open amount of invoice %3</source>
      <translation>付款方已知属于 %1（%2）；金额等于发票 %3 的未结金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="76" />
      <source>payer known for %1 (%2); amount equals the %3 oldest open invoices %4</source>
      <translation>付款方已知属于 %1（%2）；金额等于最早的 %3 张未结发票 %4</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="79" />
      <source>payer known for %1 (%2); amount is %3 short of the open amount of %4 (bank charge)</source>
      <translation>付款方已知属于 %1（%2）；金额比 %4 的未结金额少 %3（银行手续费）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="82" />
      <source>payer name %1 is %2% like customer %3; amount equals the open amount of invoice %4</source>
      <translation>付款方名称 %1 与客户 %3 相似度 %2%；金额等于发票 %4 的未结金额</translation>
    </message>
  </context>
  <context>
    <name>BankImportDialog</name>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="57" />
      <source>Import a bank statement into %1</source>
      <translation>导入银行对账单到 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="61" />
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="64" />
      <source>Recognise</source>
      <translation>自动识别</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="65" />
      <source>WeChat Pay bill</source>
      <translation>微信支付账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="65" />
      <source>Alipay bill</source>
      <translation>支付宝账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="66" />
      <source>Excel</source>
      <translation>Excel 表格</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="71" />
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="74" />
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="77" />
      <source>Columns of this statement (CSV and Excel)</source>
      <translation>对账单的列（CSV 和 Excel）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="79" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="118" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="222" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="79" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="118" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="222" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="79" />
      <source>Credit (money in)</source>
      <translation>贷方（收入）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="80" />
      <source>Debit (money out)</source>
      <translation>借方（支出）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="80" />
      <source>Direction (借/贷)</source>
      <translation>借贷方向（借/贷）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="81" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="119" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="223" />
      <source>Counterparty</source>
      <translation>对方户名</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="81" />
      <source>Counterparty account</source>
      <translation>对方账号</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="82" />
      <source>Reference / memo</source>
      <translation>摘要/附言</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="82" />
      <source>Line id</source>
      <translation>流水号</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="100" />
      <source>Detect</source>
      <translation>自动检测</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="104" />
      <source>Date format</source>
      <translation>日期格式</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="105" />
      <source>Decimal separator</source>
      <translation>小数点</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="106" />
      <source>Thousands separator</source>
      <translation>千位分隔符</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="107" />
      <source>Encoding</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="112" />
      <source>Keep this mapping for %1</source>
      <translation>为 %1 保存此列映射</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="118" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="222" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="119" />
      <location filename="../../app/ui/dialogs/bank_import.py" line="223" />
      <source>Reference</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="127" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="133" />
      <source>What will be read:</source>
      <translation>将读取的内容：</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="148" />
      <source>Bank statement</source>
      <translation>银行对账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="149" />
      <source>Statements (*.ofx *.qfx *.sta *.mt940 *.940 *.xml *.csv *.txt *.xlsx *.xls);;All files (*)</source>
      <translation>对账单 (*.ofx *.qfx *.sta *.mt940 *.940 *.xml *.csv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="181" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="195" />
      <source>Choose a statement file, or drop one on the page.</source>
      <translation>请选择对账单文件，或将文件拖到页面上。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="211" />
      <source>This file cannot be imported as it is:</source>
      <translation>此文件无法按现状导入：</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="213" />
      <source>Choose at least the date and the amount (or credit and debit) columns.</source>
      <translation>请至少选择日期列和金额列（或贷方、借方列）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs/bank_import.py" line="215" />
      <source>Format: %1 · %2 lines shown</source>
      <translation>格式：%1 · 显示 %2 行</translation>
    </message>
  </context>
  <context>
    <name>BankPage</name>
    <message>
      <location filename="../../app/ui/views/bank.py" line="113" />
      <source>New account…</source>
      <translation>新建账户…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="116" />
      <source>Import statement…</source>
      <translation>导入对账单…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="119" />
      <source>Match</source>
      <translation>匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="122" />
      <source>Confirm all certain</source>
      <translation>确认全部确定匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="127" />
      <source>All lines</source>
      <translation>全部流水</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="133" />
      <source>Search payer or reference</source>
      <translation>搜索付款方或摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="136" />
      <source>Bank account:</source>
      <translation>银行账户：</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="147" />
      <location filename="../../app/ui/views/bank.py" line="180" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="148" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="149" />
      <source>Counterparty</source>
      <translation>对方户名</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="150" />
      <source>Reference</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="151" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="161" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="162" />
      <source>Confidence</source>
      <translation>可信度</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="163" />
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="164" />
      <source>Why</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="174" />
      <source>Customer code</source>
      <translation>客户编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="176" />
      <source>Show open invoices</source>
      <translation>显示未结发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="180" />
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="180" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="181" />
      <source>Open</source>
      <translation>未结金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="181" />
      <source>Apply</source>
      <translation>核销金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="188" />
      <source>Write off a shortfall within the tolerance (bank charge)</source>
      <translation>核销容差内的短款（银行手续费）</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="190" />
      <source>Confirm best proposal</source>
      <translation>确认最佳建议</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="192" />
      <source>Enter</source>
      <translation>回车键</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="194" />
      <source>Confirm ticked invoices</source>
      <translation>确认勾选的发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="197" />
      <source>Ignore…</source>
      <translation>忽略…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="200" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="202" />
      <source>Unconfirm (the payment is voided) or bring an ignored line back</source>
      <translation>撤销确认（收款以冲销凭证作废）或恢复已忽略的流水</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="212" />
      <source>Proposals:</source>
      <translation>匹配建议：</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="219" />
      <source>Open invoices of</source>
      <translation>未结发票，客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="277" />
      <source>No bank account yet: create one, then import a statement.</source>
      <translation>还没有银行账户：请先新建账户，再导入对账单。</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="296" />
      <source>Statement in %1 · matched %2 · unmatched %3 · set aside %4 · out %5 · difference %6</source>
      <translation>对账单收入 %1 · 已匹配 %2 · 未匹配 %3 · 已忽略 %4 · 支出 %5 · 差额 %6</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="319" />
      <source>Matched by %1</source>
      <translation>已由 %1 匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="321" />
      <source>Set aside: %1</source>
      <translation>已忽略：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="397" />
      <source>Ticked: %1</source>
      <translation>已勾选：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="450" />
      <location filename="../../app/ui/views/bank.py" line="465" />
      <source>Line confirmed: %1</source>
      <translation>流水已确认：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="472" />
      <source>Ignore line</source>
      <translation>忽略流水</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="472" />
      <source>Why is this line set aside?</source>
      <translation>为什么忽略这笔流水？</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="485" />
      <source>Matching lines…</source>
      <translation>正在匹配流水…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="489" />
      <source>%1 proposed, %2 unmatched</source>
      <translation>%1 笔有建议，%2 笔未匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="494" />
      <source>Confirming the certain matches…</source>
      <translation>正在确认确定匹配…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="495" />
      <source>%1 lines confirmed</source>
      <translation>已确认 %1 笔流水</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="498" />
      <source>New bank account</source>
      <translation>新建银行账户</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="499" />
      <source>Name of the account (for example ICBC-0012):</source>
      <translation>账户名称（例如 ICBC-0012）：</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="540" />
      <source>Importing the statement…</source>
      <translation>正在导入对账单…</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="544" />
      <source>%1 lines read, %2 new, %3 already there</source>
      <translation>读取 %1 笔，新增 %2 笔，已存在 %3 笔</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="552" />
      <source>Statement not imported</source>
      <translation>对账单未导入</translation>
    </message>
    <message>
      <location filename="../../app/ui/views/bank.py" line="553" />
      <source>Nothing was imported; these lines cannot be read:</source>
      <translation>未导入任何内容；以下流水无法读取：</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="1" />
      <source>Reconciliation</source>
      <translation>银行对账</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Mapping profile</source>
      <translation>列映射</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Decimal separator</source>
      <translation>小数点</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Encoding</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Rate</source>
      <translation>比例</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>At most</source>
      <translation>上限</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not a mapping profile (JSON)</source>
      <translation>不是列映射（JSON）</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>name the date column</source>
      <translation>请指定日期列</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>name the amount column, or the credit and debit columns</source>
      <translation>请指定金额列，或贷方和借方列</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>the decimal and thousands separators must differ</source>
      <translation>小数点与千位分隔符不能相同</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank account %1 already exists</source>
      <translation>银行账户 %1 已存在</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>must be between 0 and 1 (0.005 = 0.5 %)</source>
      <translation>须在 0 到 1 之间（0.005 即 0.5%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>invoice %1 is not open</source>
      <translation>发票 %1 没有未结金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank line %1 has no proposal: name the customer or the invoices</source>
      <translation>流水 %1 没有匹配建议：请指定客户或发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank line %1 is already matched</source>
      <translation>流水 %1 已匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank line %1 is ignored; unconfirm it first</source>
      <translation>流水 %1 已忽略；请先撤销</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank line %1 is money out; only money in pays invoices</source>
      <translation>流水 %1 是支出；只有收入才能核销发票</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>the shortfall %1 is more than the tolerance %2</source>
      <translation>短款 %1 超过容差 %2</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank line %1: choose the customer who paid</source>
      <translation>流水 %1：请选择付款客户</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>say why the line is set aside</source>
      <translation>请说明忽略的原因</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank line %1 is matched; unconfirm it first</source>
      <translation>流水 %1 已匹配；请先撤销确认</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>bank line %1 is neither matched nor ignored</source>
      <translation>流水 %1 既未匹配也未忽略</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not a date: %1</source>
      <translation>不是日期：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not an amount: %1</source>
      <translation>不是金额：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>more than %1 decimal places: %2</source>
      <translation>小数位多于 %1 位：%2</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>the amount is zero</source>
      <translation>金额为零</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>both the credit and the debit column hold an amount</source>
      <translation>贷方列和借方列都有金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>the direction is not one of the known words: %1</source>
      <translation>借贷方向无法识别：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>收/支 must be 收入, 支出 or neutral, not %1</source>
      <translation>收/支 须为 收入、支出 或 中性，而不是 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>field 61 does not start with a date (YYMMDD)</source>
      <translation>61 字段不以日期（YYMMDD）开头</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>field 61 has no amount</source>
      <translation>61 字段没有金额</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>field 61 has no value date</source>
      <translation>61 字段没有起息日</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>CdtDbtInd must be CRDT or DBIT, not %1</source>
      <translation>CdtDbtInd 须为 CRDT 或 DBIT，而不是 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>a date is required (BookgDt or ValDt)</source>
      <translation>需要日期（BookgDt 或 ValDt）</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not a readable OFX file: %1</source>
      <translation>不是可读取的 OFX 文件：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not a readable MT940 statement: %1</source>
      <translation>不是可读取的 MT940 对账单：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not readable XML: %1</source>
      <translation>不是可读取的 XML：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not a CAMT.053 statement (namespace camt.053.001.xx)</source>
      <translation>不是 CAMT.053 对账单（命名空间 camt.053.001.xx）</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>the table header (交易时间 … 收/支) is missing: not a bill of this kind</source>
      <translation>缺少表头（交易时间 … 收/支）：不是这种账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>the bill has no 交易时间 or 金额 column</source>
      <translation>账单缺少 交易时间 或 金额 列</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not a readable Excel workbook: %1</source>
      <translation>不是可读取的 Excel 工作簿：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>no header row with the profile's columns (missing: %1)</source>
      <translation>找不到包含映射列的表头行（缺少：%1）</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>a CSV or Excel statement needs a mapping profile (bank profile)</source>
      <translation>CSV 或 Excel 对账单需要列映射（bank profile）</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>unknown format %1 (one of %2)</source>
      <translation>未知格式 %1（可选：%2）</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>cannot read the file: %1</source>
      <translation>无法读取文件：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not UTF-8 text</source>
      <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not GB18030 text</source>
      <translation>不是 GB18030 文本</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>not a text file in a known encoding</source>
      <translation>不是已知编码的文本文件</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Bank account</source>
      <translation>银行账户</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>Bank line</source>
      <translation>银行流水</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>import bank statements</source>
      <translation>导入银行对账单</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>confirm bank lines</source>
      <translation>确认银行流水</translation>
    </message>
    <message>
      <location filename="../../app/ui/errors.py" line="1" />
      <source>write off bank charges</source>
      <translation>核销银行手续费</translation>
    </message>
  </context>
</TS>