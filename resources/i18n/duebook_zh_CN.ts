<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/errors.py" line="85"/>
        <source>Not found: %1 %2</source>
        <translation>未找到：%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="88"/>
        <source>You may not do this (%1).</source>
        <translation>您无权执行此操作（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="90"/>
        <source>This company file is open in another Duebook.</source>
        <translation>该公司文件已在另一个 Duebook 中打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="92"/>
        <source>Credit refused.</source>
        <translation>信用审核未通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="94"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="96"/>
        <source>The file was not imported; %1 row(s) are wrong.</source>
        <translation>文件未导入；有 %1 行有错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="99"/>
        <source>This cannot be done now.</source>
        <translation>现在无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="101"/>
        <source>Conflict.</source>
        <translation>冲突。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="103"/>
        <source>The company file cannot be used.</source>
        <translation>无法使用该公司文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="106"/>
        <source>An unexpected error happened.</source>
        <translation>发生了意外错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="114"/>
        <source>Duebook</source>
        <translation>Duebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="37"/>
        <source>No backup has been made of this company yet.</source>
        <translation>该公司尚未做过备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="40"/>
        <source>Last backup: %1 (%2 days ago)</source>
        <translation>上次备份：%1（%2 天前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="43"/>
        <source>more than a week ago: make a backup now</source>
        <translation>已超过一周：请立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="41"/>
        <source>Collections</source>
        <comment>Due soon</comment>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="42"/>
        <source>Collections</source>
        <comment>Promise broken</comment>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="43"/>
        <source>Collections</source>
        <comment>Promise due</comment>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="44"/>
        <source>Collections</source>
        <comment>Contract ending</comment>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="45"/>
        <source>Collections</source>
        <comment>Follow-up</comment>
        <translation>催收</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/views/audit.py" line="50"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="55"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="72"/>
        <source>Number, code or text…</source>
        <translation>单号、编号或文字…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="73"/>
        <source>Verify the chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="75"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="83"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="84"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="86"/>
        <location filename="../../app/ui/views/audit.py" line="106"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="87"/>
        <location filename="../../app/ui/views/audit.py" line="108"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="88"/>
        <location filename="../../app/ui/views/audit.py" line="110"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="89"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="90"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="117"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="117"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="179"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="180"/>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="181"/>
        <source>Any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="202"/>
        <source> (the newest %1)</source>
        <translation>（最新的 %1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="204"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="226"/>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>审计日志完整：已校验 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="230"/>
        <source>The audit trail was tampered with at entry %1: %2.</source>
        <translation>审计日志在第 %1 条被篡改：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="243"/>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="244"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="248"/>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="250"/>
        <source>%1 entries exported to %2</source>
        <translation>已导出 %1 条记录到 %2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="116"/>
        <location filename="../../app/ui/dialogs/backup.py" line="198"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="126"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="131"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="133"/>
        <source>Verify a backup…</source>
        <translation>校验备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="135"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="137"/>
        <source>Write the recovery key…</source>
        <translation>生成恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="142"/>
        <location filename="../../app/ui/dialogs/backup.py" line="187"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="172"/>
        <source>The backup key is kept in this computer&apos;s keyring.</source>
        <translation>备份密钥保存在本机的密钥环中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="173"/>
        <source>No keyring is available on this computer (%1). The backup key is kept in a file readable only by you; write the recovery key and keep it apart.</source>
        <translation>本机没有可用的密钥环（%1）。备份密钥保存在只有您能读取的文件中；请生成恢复密钥并另行保管。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="176"/>
        <source>No company is open.</source>
        <translation>未打开公司。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="208"/>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="212"/>
        <source>Backup written: %1 (%2 MB)</source>
        <translation>备份已写入：%1（%2 MB）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="221"/>
        <source>Verify a backup</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="222"/>
        <location filename="../../app/ui/dialogs/backup.py" line="244"/>
        <source>Duebook backups (*.duebak)</source>
        <translation>Duebook 备份 (*.duebak)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="228"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="233"/>
        <source>The backup is sound: %1, made %2, %3 rows, integrity %4.</source>
        <translation>备份完好：%1，生成于 %2，共 %3 行，完整性 %4。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="243"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="248"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="249"/>
        <source>Replace the open company with this backup? The backup is checked first, and the current file is kept aside (and backed up) before it is replaced.</source>
        <translation>用此备份替换当前公司？会先检查备份；替换前当前文件会另存（并备份）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="269"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="286"/>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="288"/>
        <source>The previous file is kept as %1.</source>
        <translation>原文件另存为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="315"/>
        <source>Writing the recovery key…</source>
        <translation>正在生成恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="319"/>
        <source>Recovery key written to %1. Print it or keep it apart from this computer, with its passphrase.</source>
        <translation>恢复密钥已写入 %1。请打印或与本机分开保管，并记住口令。</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="328"/>
        <source>Dunning</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="329"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="330"/>
        <source>Levels and letters</source>
        <translation>催收级别与函件</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="64"/>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="79"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="83"/>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>把密码保存在本机的密钥环中</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="97"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="98"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="99"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="100"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="101"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="102"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="105"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="135"/>
        <source>Connecting to %1 ...</source>
        <translation>正在连接 %1 ...</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="146"/>
        <source>This computer has no keyring: the password will be asked each time.</source>
        <translation>本机没有密钥环：每次都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="151"/>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="158"/>
        <source>The server cannot be reached right now. Nothing was changed.</source>
        <translation>目前无法连接服务器。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="161"/>
        <source>Open the latest backup read-only (%1)</source>
        <translation>以只读方式打开最近的备份（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="165"/>
        <source>There is no local backup to open instead.</source>
        <translation>本地没有可以替代打开的备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="167"/>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="176"/>
        <source>Opening %1 ...</source>
        <translation>正在打开 %1 ...</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_server.py" line="182"/>
        <source>Opened the backup %1 read-only</source>
        <translation>已以只读方式打开备份 %1</translation>
    </message>
</context>
<context>
    <name>Credit</name>
    <message>
        <location filename="../../app/ui/views/credit.py" line="51"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="51"/>
        <source>warn</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="51"/>
        <source>over limit</source>
        <translation>超限</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="52"/>
        <source>on hold</source>
        <translation>冻结</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="341"/>
        <source>New payment</source>
        <translation>新建收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="341"/>
        <source>New credit note</source>
        <translation>新建贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="349"/>
        <source>next number</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="355"/>
        <location filename="../../app/ui/dialogs/entry.py" line="363"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="356"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="357"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="359"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="360"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="360"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="363"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="363"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="364"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="364"/>
        <source>Apply</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="373"/>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="374"/>
        <source>Apply the amount to the oldest open items first</source>
        <translation>按最早的未结项目优先核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="376"/>
        <source>Leave unapplied</source>
        <translation>暂不核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="379"/>
        <source>Application to open items</source>
        <translation>核销到未结项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="461"/>
        <source>%1: not an amount.</source>
        <translation>%1：不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="463"/>
        <source>%1 is open for %2 only.</source>
        <translation>%1 的未结金额只有 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="476"/>
        <source>Applied %1 · unapplied %2</source>
        <translation>已核销 %1 · 未核销 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="488"/>
        <source>More is applied than the amount.</source>
        <translation>核销金额超过了收款金额。</translation>
    </message>
</context>
<context>
    <name>CreditPage</name>
    <message>
        <location filename="../../app/ui/views/credit.py" line="72"/>
        <source>Filter by code or name…</source>
        <translation>按编号或名称筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="75"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="78"/>
        <source>warn, over or hold</source>
        <translation>预警、超限或冻结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="80"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="81"/>
        <source>With a credit limit</source>
        <translation>有信用额度的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="82"/>
        <source>With a balance</source>
        <translation>有余额的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="87"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="88"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="89"/>
        <source>Limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="89"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="91"/>
        <source>Exposure</source>
        <translation>风险敞口</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="92"/>
        <source>Available</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="95"/>
        <source>Utilization</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="100"/>
        <source>Index</source>
        <translation>付款指数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="102"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="103"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="120"/>
        <source>Double-click a customer to open the ledger.</source>
        <translation>双击客户打开往来明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="169"/>
        <source>%1 customers · ok %2 · warn %3 · over %4 · hold %5</source>
        <translation>%1 个客户 · 正常 %2 · 预警 %3 · 超限 %4 · 冻结 %5</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="75"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="76"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="94"/>
        <source>comma separated, e.g. vip, export</source>
        <translation>用逗号分隔，例如 vip, 出口</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="109"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="112"/>
        <source>no limit</source>
        <translation>不限额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="117"/>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="118"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="122"/>
        <source>Exclude from dunning</source>
        <translation>不参与催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="125"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="126"/>
        <location filename="../../app/ui/dialogs/customer.py" line="154"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="127"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="128"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="129"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="130"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="131"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="132"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="133"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="135"/>
        <location filename="../../app/ui/dialogs/customer.py" line="154"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="136"/>
        <location filename="../../app/ui/dialogs/customer.py" line="154"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="137"/>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="138"/>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="139"/>
        <source>Payment terms</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="140"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="141"/>
        <source>Warn at (% of limit)</source>
        <translation>预警线（额度的 %）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="142"/>
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="143"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="151"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="154"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="158"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="160"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="184"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="186"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="212"/>
        <source>next free number</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="292"/>
        <source>Not an amount, e.g. 50,000.00</source>
        <translation>不是有效金额，例如 50,000.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="298"/>
        <source>A percentage such as 80</source>
        <translation>请输入百分比，例如 80</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="358"/>
        <source>This may be a customer you already have:</source>
        <translation>这可能是已有的客户：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="365"/>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="371"/>
        <source>A likely duplicate exists. Press Save again to create it anyway.</source>
        <translation>可能已有重复客户。再次点击“保存”仍然创建。</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../app/ui/models/customers.py" line="53"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="53"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="54"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="54"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="54"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="55"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="55"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="164"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customers.py" line="164"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="45"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="46"/>
        <source>Small business</source>
        <translation>小微企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="47"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="48"/>
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="55"/>
        <source>same tax ID</source>
        <translation>税号相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="56"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="57"/>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/customer.py" line="58"/>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../app/ui/views/customers.py" line="37"/>
        <source>Search code, name, contact, phone, tax ID, tag, pinyin…</source>
        <translation>搜索编号、名称、联系人、电话、税号、标签、拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="45"/>
        <source>Any grade</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="50"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="51"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="52"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="53"/>
        <source>With balance</source>
        <translation>有余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="60"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="62"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="76"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="78"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="79"/>
        <location filename="../../app/ui/views/customers.py" line="192"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="81"/>
        <source>Open ledger</source>
        <translation>打开往来明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="123"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers.py" line="151"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="192"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="206"/>
        <source>Customer %1 saved.</source>
        <translation>客户 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="231"/>
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="232"/>
        <source>Archive %1 %2? Archived customers are kept with their documents but hidden from lists and new documents.</source>
        <translation>归档 %1 %2？归档的客户及其单据都会保留，但不再出现在列表和新单据中。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="48"/>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="50"/>
        <source>Over %1 days</source>
        <translation>超过 %1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="51"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="76"/>
        <source>Total receivable</source>
        <translation>应收总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="78"/>
        <location filename="../../app/ui/views/dashboard.py" line="101"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="80"/>
        <source>Customers owing</source>
        <translation>欠款客户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="81"/>
        <source>Unapplied credits</source>
        <translation>未核销贷项</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="87"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="98"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="99"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="100"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="111"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="112"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="113"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="114"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="125"/>
        <source>Top debtors</source>
        <translation>欠款最多的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="126"/>
        <source>Recent documents</source>
        <translation>最近单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="163"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="172"/>
        <source>Open amount</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="189"/>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="192"/>
        <source>Aging (%1)</source>
        <translation>账龄（%1）</translation>
    </message>
</context>
<context>
    <name>DunningWizard</name>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="251"/>
        <source>Dunning run</source>
        <translation>催收批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="260"/>
        <source>Commit</source>
        <translation>确认提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="284"/>
        <source>Proposals…</source>
        <translation>建议…</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="75"/>
        <source>Credit refused</source>
        <translation>信用拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="76"/>
        <source>Reason for an override:</source>
        <translation>越权放行的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="161"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="163"/>
        <source>Too many decimal places for this currency.</source>
        <translation>小数位数超过了该币种允许的位数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="164"/>
        <source>Not an amount. Type it like 1,234.50.</source>
        <translation>不是有效金额。请按 1,234.50 的格式输入。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="46"/>
        <source>This is needed.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47"/>
        <source>Too long.</source>
        <translation>太长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="48"/>
        <source>Choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="49"/>
        <source>Out of the allowed range.</source>
        <translation>超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="50"/>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="51"/>
        <source>Not in a valid format.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="52"/>
        <source>Not a valid tax ID.</source>
        <translation>不是有效的税号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="53"/>
        <source>Already used by another record.</source>
        <translation>已被其他记录使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="54"/>
        <source>More than is open.</source>
        <translation>超过了未结金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="55"/>
        <source>The dates are in the wrong order.</source>
        <translation>日期先后顺序不对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="56"/>
        <source>Must be more than zero.</source>
        <translation>必须大于零。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/errors.py" line="19"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="21"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="22"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="23"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="24"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="25"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="26"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="27"/>
        <source>Warn ratio</source>
        <translation>预警比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="28"/>
        <source>Payment terms</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="29"/>
        <location filename="../../app/ui/errors.py" line="40"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="30"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="32"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="33"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="34"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="35"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="36"/>
        <source>Allocation</source>
        <translation>核销分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="37"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="38"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="39"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="41"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="368"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="387"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="388"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="389"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="391"/>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="749"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="413"/>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="414"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="423"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="423"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="424"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="424"/>
        <source>Credit notes</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="430"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="431"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="432"/>
        <source>It holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="437"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="438"/>
        <source>Excel or CSV (*.xlsx *.xlsm *.csv)</source>
        <translation>Excel 或 CSV (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="448"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="454"/>
        <source>Cannot read this file: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="468"/>
        <source>%1 rows, %2 columns</source>
        <translation>%1 行，%2 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="470"/>
        <source>read as GB18030 (Chinese Excel CSV)</source>
        <translation>按 GB18030 读取（中文 Excel 导出的 CSV）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="488"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="488"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="489"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="495"/>
        <source>Choose the field each column holds; unmatched columns are left out.</source>
        <translation>为每一列选择对应的字段；未匹配的列不导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="513"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="531"/>
        <source>Required fields not chosen: %1</source>
        <translation>以下必填字段未选择：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="533"/>
        <source>Chosen for two columns: %1</source>
        <translation>被选给了两列：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="534"/>
        <source>Every required field has a column.</source>
        <translation>所有必填字段都有对应的列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="551"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="553"/>
        <source>Reload file</source>
        <translation>重新载入文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="555"/>
        <source>Only rows with problems</source>
        <translation>仅显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="571"/>
        <source>Possible duplicates (imported anyway; merge them later if they are):</source>
        <translation>可能重复（仍会导入；如确为重复，之后可合并）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="610"/>
        <source>Changed: check again before importing.</source>
        <translation>已修改：导入前请重新检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="624"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="627"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="650"/>
        <source>All %1 rows are fine. Nothing has been imported yet: press Import.</source>
        <translation>全部 %1 行均无问题。尚未导入任何数据：请点击“导入”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="668"/>
        <source>%1 of %2 rows have problems (highlighted). Correct them here or in the file (then Reload), and check again. Nothing has been imported.</source>
        <translation>%2 行中有 %1 行有问题（已标出）。请在此处或在文件中更正（然后重新载入），再重新检查。尚未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="688"/>
        <source>row %1 of this file</source>
        <translation>本文件第 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="691"/>
        <source>Row %1 %2 %3 looks like %4 (%5 %6)</source>
        <translation>第 %1 行 %2 %3 与 %4（%5 %6）相似</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="695"/>
        <source>No likely duplicates.</source>
        <translation>没有可能的重复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="714"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="723"/>
        <source>Import cancelled. Nothing has been imported.</source>
        <translation>导入已取消。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="733"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="733"/>
        <source>invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="734"/>
        <source>payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="734"/>
        <source>credit notes</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="735"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="736"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="742"/>
        <source>1. Choose the file</source>
        <translation>1. 选择文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="742"/>
        <source>2. Match the columns</source>
        <translation>2. 匹配列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="743"/>
        <source>3. Check (nothing is written)</source>
        <translation>3. 检查（不写入任何数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="743"/>
        <source>4. Done</source>
        <translation>4. 完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="749"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="173"/>
        <source>New invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="177"/>
        <source>Set a due date (default: payment terms)</source>
        <translation>指定到期日（默认按付款期限）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="188"/>
        <source>next number</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="193"/>
        <source>Enter lines (quantity × unit price + tax)</source>
        <translation>按明细行录入（数量 × 单价 + 税）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="195"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="196"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="197"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="198"/>
        <location filename="../../app/ui/dialogs/entry.py" line="203"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="199"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="203"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="203"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="204"/>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="204"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="209"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="263"/>
        <source>Line %1: quantity, price or tax is not a number.</source>
        <translation>第 %1 行：数量、单价或税率不是有效数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="266"/>
        <source>Enter at least one line.</source>
        <translation>请至少输入一行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="305"/>
        <source>The due date is before the invoice date.</source>
        <translation>到期日早于发票日期。</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../app/ui/jobs.py" line="162"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs.py" line="163"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="47"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="47"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="48"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="48"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="49"/>
        <source>Write-off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="49"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="50"/>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="50"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="55"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="55"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="55"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="60"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="60"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="60"/>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="61"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="61"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="142"/>
        <source>Customer: type a code or a name…</source>
        <translation>客户：输入编号或名称…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="157"/>
        <source>Choose a customer to see the ledger.</source>
        <translation>请选择客户以查看往来明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="169"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="179"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="182"/>
        <source>Open only</source>
        <translation>仅未结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="191"/>
        <source>Invoice…</source>
        <translation>发票…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="193"/>
        <source>Payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="195"/>
        <source>Credit note…</source>
        <translation>贷项通知单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="197"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="208"/>
        <location filename="../../app/ui/views/ledger.py" line="232"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="209"/>
        <location filename="../../app/ui/views/ledger.py" line="231"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="210"/>
        <location filename="../../app/ui/views/ledger.py" line="230"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="211"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="212"/>
        <location filename="../../app/ui/views/ledger.py" line="233"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="213"/>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="214"/>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="216"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="218"/>
        <location filename="../../app/ui/views/ledger.py" line="236"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="220"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="221"/>
        <location filename="../../app/ui/views/ledger.py" line="239"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="234"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="252"/>
        <source>Open items</source>
        <translation>未结项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="382"/>
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="401"/>
        <source>Open items: %1 · overdue %2</source>
        <translation>未结项目：%1 · 逾期 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/ledger.py" line="389"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 张单据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="390"/>
        <source>Opening %1 · Debit %2 · Credit %3 · Closing %4</source>
        <translation>期初 %1 · 借方 %2 · 贷方 %3 · 期末 %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="418"/>
        <source>Posted.</source>
        <translation>已过账。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="448"/>
        <source>Select the document to void.</source>
        <translation>请选择要作废的单据。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="38"/>
        <location filename="../../app/ui/dialogs/login.py" line="39"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="38"/>
        <source>Duebook is locked</source>
        <translation>Duebook 已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="39"/>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="52"/>
        <source>Locked after a while without use. Enter your password.</source>
        <translation>一段时间未使用后已锁定。请输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="54"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="55"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="83"/>
        <source>Creating the demo company…</source>
        <translation>正在创建演示公司…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>&amp;New company…</source>
        <translation>新建公司(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Open &amp;demo company</source>
        <translation>打开演示公司(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>Connect to &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>&amp;Statements…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>&amp;Close company</source>
        <translation>关闭公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>&amp;New document</source>
        <translation>新建单据(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>&amp;About Duebook</source>
        <translation>关于 Duebook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323"/>
        <source>This company file is open in another Duebook; it was opened read-only.</source>
        <translation>该公司文件已在另一个 Duebook 中打开，现以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329"/>
        <source>Open company file</source>
        <translation>打开公司文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>Duebook company (*.duebook);;All files (*)</source>
        <translation>Duebook 公司文件 (*.duebook);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="408"/>
        <source>Reminders: %1 overdue, %2 due within 7 days, %3 broken promises, %4 contracts ending, %5 follow-ups (see Collections)</source>
        <translation>提醒：逾期 %1 笔，7 天内到期 %2 笔，未兑现承诺 %3 笔，合同即将到期 %4 份，待跟进 %5 项（见“催收”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="428"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="434"/>
        <source>No company open</source>
        <translation>未打开公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="438"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="446"/>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="446"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451"/>
        <source>About Duebook</source>
        <translation>关于 Duebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Duebook — receivables and credit control for the small-business bookkeeper.</source>
        <translation>Duebook —— 为小企业会计设计的应收账款与信用管理软件。</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="39"/>
        <source>New company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="44"/>
        <source>e.g. Shanghai Example Trading Co., Ltd.</source>
        <translation>例如 上海示例贸易有限公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="53"/>
        <location filename="../../app/ui/first_run.py" line="60"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="66"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="67"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="68"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="69"/>
        <location filename="../../app/ui/first_run.py" line="95"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="70"/>
        <location filename="../../app/ui/first_run.py" line="100"/>
        <source>Company file</source>
        <translation>公司文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="77"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="81"/>
        <source>A company file keeps one company&apos;s customers and ledger.</source>
        <translation>一个公司文件保存一家公司的客户和往来账。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="101"/>
        <source>Duebook company (*.duebook)</source>
        <translation>Duebook 公司文件 (*.duebook)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="109"/>
        <source>Please enter the company name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="117"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/override.py" line="24"/>
        <source>Credit refused</source>
        <translation>信用拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/override.py" line="30"/>
        <source>You may post it anyway if you are allowed to override credit refusals. Write down why; the reason is kept with the invoice in the audit trail.</source>
        <translation>如果您有权越权放行信用拒绝，仍可过账。请写明原因；原因会随发票记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/override.py" line="34"/>
        <source>Reason for the override:</source>
        <translation>越权放行的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/override.py" line="36"/>
        <source>e.g. approved by the owner; payment promised by Friday</source>
        <translation>例如：老板已批准；客户承诺周五前付款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/override.py" line="40"/>
        <source>Override and post</source>
        <translation>越权放行并过账</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="39"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="40"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41"/>
        <source>Ledger</source>
        <translation>往来明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="315"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="317"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="88"/>
        <source>Print preview — %1</source>
        <translation>打印预览 —— %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="97"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="98"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="99"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="100"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="102"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="142"/>
        <source>This PDF cannot be read: %1</source>
        <translation>无法读取此 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="157"/>
        <source>%1 page(s) · %2%</source>
        <translation>%1 页 · %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="177"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="184"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="185"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="40"/>
        <source>Collections</source>
        <comment>Overdue</comment>
        <translation>催收</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="52"/>
        <location filename="../../app/ui/dialogs/backup.py" line="89"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="54"/>
        <source>The recovery key is this company&apos;s backup key, locked with a passphrase you choose. With it, a backup can be restored on any computer, even without Duebook (age -d -i recovery-key.age backup.duebak | tar -xz). Print it or keep it apart from this computer, and do not forget the passphrase: nobody can recover it.</source>
        <translation>恢复密钥就是本公司的备份密钥，用您选择的口令加密。有了它，任何电脑都能恢复备份，即使没有 Duebook（age -d -i recovery-key.age backup.duebak | tar -xz）。请打印或与本机分开保管，并牢记口令：任何人都无法找回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="67"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="76"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="77"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="78"/>
        <source>Write to</source>
        <translation>写入到</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="90"/>
        <source>age files (*.age)</source>
        <translation>age 文件 (*.age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="97"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>请选择至少 8 个字符的口令。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="100"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="103"/>
        <source>Choose where to write the recovery key.</source>
        <translation>请选择恢复密钥的保存位置。</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../app/ui/views/reports.py" line="124"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="126"/>
        <source>faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="126"/>
        <source>slower</source>
        <translation>变慢</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="126"/>
        <source>steady</source>
        <translation>稳定</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/views/reports.py" line="240"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="240"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="241"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="241"/>
        <source>Year to date</source>
        <translation>本年至今</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="242"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="242"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="249"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="253"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="258"/>
        <source>Update value classes</source>
        <translation>更新价值分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="259"/>
        <source>Store every customer&apos;s class A/B/C from the revenue of the twelve months ending at the period&apos;s end</source>
        <translation>按截至期末的十二个月收入，为每个客户保存 A/B/C 分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="262"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="263"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="268"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="268"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="337"/>
        <source>Inactive after (days)</source>
        <translation>多少天无交易视为不活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="340"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="401"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="441"/>
        <source>Value classes as of %1: A %2, B %3, C %4</source>
        <translation>截至 %1 的价值分类：A %2，B %3，C %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="464"/>
        <source>Nothing to chart</source>
        <translation>没有可绘制的数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="518"/>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="528"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="528"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="530"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="540"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="545"/>
        <source>Save current view as template…</source>
        <translation>把当前视图另存为模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="550"/>
        <source>Show the whole report</source>
        <translation>显示完整报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="561"/>
        <location filename="../../app/ui/views/reports.py" line="612"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="596"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="596"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="608"/>
        <source>Template %1 saved</source>
        <translation>模板 %1 已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="613"/>
        <source>Delete the template %1?</source>
        <translation>删除模板 %1？</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/views/settings.py" line="36"/>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="44"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="45"/>
        <source>Dates, numbers and amounts follow the chosen language.</source>
        <translation>日期、数字和金额按所选语言显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="49"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="68"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="76"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="77"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="77"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="78"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="78"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="79"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="80"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="80"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="81"/>
        <source>Bank details</source>
        <translation>银行信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="82"/>
        <location filename="../../app/ui/views/settings.py" line="132"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="93"/>
        <source>Save company details</source>
        <translation>保存公司信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/settings.py" line="153"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StatementBatchDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="79"/>
        <source>Statements for several customers</source>
        <translation>批量客户对账单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="91"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="92"/>
        <source>Customers with the tag</source>
        <translation>带该标签的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="93"/>
        <source>Customers of the category</source>
        <translation>该类别的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="94"/>
        <source>These customer codes</source>
        <translation>以下客户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="102"/>
        <source>C000001, C000002</source>
        <translation>C000001, C000002</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="106"/>
        <source>Only customers with a balance at the end of the period</source>
        <translation>仅限期末有余额的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="108"/>
        <source>Open items instead of balance-forward</source>
        <translation>按未结项目（而非余额结转）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="110"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="120"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="127"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="128"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="130"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="135"/>
        <source>Choose the customers and the period, then Write statements.</source>
        <translation>选择客户和期间，然后点击“生成对账单”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="139"/>
        <source>Write statements</source>
        <translation>生成对账单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="143"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="144"/>
        <source>Preview and print all…</source>
        <translation>预览并全部打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="145"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="189"/>
        <source>Folder for the statements</source>
        <translation>对账单保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="212"/>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="216"/>
        <source>Type at least one customer code.</source>
        <translation>请至少输入一个客户编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="223"/>
        <source>Writing statements…</source>
        <translation>正在生成对账单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="233"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="258"/>
        <source>No customer matched; nothing was written.</source>
        <translation>没有匹配的客户；未生成任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="260"/>
        <source>%1 statement(s) written to %2</source>
        <translation>已生成 %1 份对账单，保存在 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="272"/>
        <source>Cancelled; no statement was kept.</source>
        <translation>已取消；未保留任何对账单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="287"/>
        <source>Statements — print all</source>
        <translation>对账单 —— 全部打印</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/views/reports.py" line="174"/>
        <source>Save report template</source>
        <translation>保存报表模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="185"/>
        <source>(no filter)</source>
        <translation>（不筛选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="192"/>
        <source>(as the report orders it)</source>
        <translation>（按报表默认顺序）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="196"/>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="199"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="200"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="205"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="209"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="517"/>
        <source>Void document</source>
        <translation>作废单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="522"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="523"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="524"/>
        <source>A void posts a reversing entry; the document stays in the ledger, marked voided.</source>
        <translation>作废会记一笔冲销分录；原单据保留在明细账中，并标记为已作废。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="527"/>
        <source>Void (Ctrl+S)</source>
        <translation>作废 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="533"/>
        <source>Say why the document is voided.</source>
        <translation>请说明作废原因。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="24"/>
        <source>Welcome to Duebook</source>
        <translation>欢迎使用 Duebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="31"/>
        <source>Receivables and credit control, on your own PC. Start a company file, open one, or look around the demo company first.</source>
        <translation>在您自己的电脑上管理应收账款和信用。新建或打开一个公司文件，也可以先看看演示公司。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>New company…</source>
        <translation>新建公司…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="40"/>
        <source>Open a company file…</source>
        <translation>打开公司文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="41"/>
        <source>Open the demo company</source>
        <translation>打开演示公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="53"/>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
</context>
<context>
    <name>_AsOfPage</name>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="38"/>
        <source>Dunning run</source>
        <translation>催收批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="39"/>
        <source>Choose the date of the letters. Invoices overdue on that date are proposed by the dunning levels; nothing is written until the last step.</source>
        <translation>选择函件日期。按催收级别提出在该日期逾期的发票；最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="43"/>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="44"/>
        <source>Post fee and interest as a charge when committing</source>
        <translation>确认提交时把费用和利息记为费用单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="52"/>
        <source>Working out the proposals…</source>
        <translation>正在计算建议…</translation>
    </message>
</context>
<context>
    <name>_CommitPage</name>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="215"/>
        <source>Commit</source>
        <translation>确认提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="216"/>
        <source>Committing records each letter in the customer&apos;s history, dated the run&apos;s date. The next letter can follow 14 days later at most one level higher.</source>
        <translation>确认提交会把每封函件按本批次日期记入客户历史。下一封函件最早 14 天后发出，且最多升高一级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="227"/>
        <source>%1 letters dated %2, total due %3.</source>
        <translation>%1 封函件，日期 %2，应付合计 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="232"/>
        <source>Fees and interest are posted as charges.</source>
        <translation>费用和利息已记为费用单。</translation>
    </message>
</context>
<context>
    <name>_DunningTab</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="58"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="59"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="60"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="61"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="62"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="64"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="65"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="66"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="71"/>
        <source>Start a dunning run…</source>
        <translation>开始催收批次…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="76"/>
        <source>Letters due today, by the dunning levels:</source>
        <translation>按催收级别，今天应发的函件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="92"/>
        <source>No dunning levels yet: set them up under Levels and letters.</source>
        <translation>尚未设置催收级别：请在“催收级别与函件”中设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="95"/>
        <source>%1 letters, total due %2</source>
        <translation>%1 封函件，应付合计 %2</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="101"/>
        <source>Post (Ctrl+S)</source>
        <translation>过账 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/entry.py" line="144"/>
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
</context>
<context>
    <name>_LettersPage</name>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="134"/>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="135"/>
        <source>Each letter is written in the customer&apos;s language from the letter texts of its level. Write them to a folder, preview and print before you commit.</source>
        <translation>每封函件按客户的语言，用其级别的函件文本生成。确认提交前请写入文件夹、预览并打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="141"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="147"/>
        <source>Write letters</source>
        <translation>生成函件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="149"/>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="170"/>
        <source>Folder for the letters</source>
        <translation>函件保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="181"/>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="199"/>
        <source>Writing letters…</source>
        <translation>正在生成函件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="187"/>
        <source>%1 letters written; all of them for printing in %2</source>
        <translation>已生成 %1 封函件；供打印的合并文件在 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="206"/>
        <source>Dunning letters</source>
        <translation>催收函</translation>
    </message>
</context>
<context>
    <name>_LevelsTab</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="160"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="160"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="160"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="161"/>
        <source>Yearly interest</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="161"/>
        <source>Minimum overdue</source>
        <translation>最低逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="162"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="165"/>
        <source>Add level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="167"/>
        <source>Remove last</source>
        <translation>删除最后一级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="169"/>
        <source>Save levels</source>
        <translation>保存级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="191"/>
        <source>Placeholders: </source>
        <translation>占位符：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="194"/>
        <source>Save letter text</source>
        <translation>保存函件文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="196"/>
        <source>Back to the built-in text</source>
        <translation>恢复为内置文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="205"/>
        <source>Letter of level:</source>
        <translation>级别对应的函件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="206"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="207"/>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="214"/>
        <source>Dunning levels</source>
        <translation>催收级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="218"/>
        <source>Letter texts</source>
        <translation>函件文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="266"/>
        <source>Level %1: days overdue must be a whole number.</source>
        <translation>级别 %1：逾期天数必须是整数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="272"/>
        <source>Level %1: %2</source>
        <translation>级别 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="277"/>
        <source>Level %1: the yearly interest is a rate such as 0.08.</source>
        <translation>级别 %1：年利率应为 0.08 这样的比率。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="300"/>
        <source>Built-in text</source>
        <translation>内置文本</translation>
    </message>
</context>
<context>
    <name>_ProposalsPage</name>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="63"/>
        <source>Review the proposals</source>
        <translation>审核建议</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="64"/>
        <source>Untick a customer to leave them out of this run.</source>
        <translation>取消勾选客户即可将其排除在本批次之外。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="68"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="68"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="68"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="68"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="68"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="69"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="69"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="69"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="120"/>
        <source>No customer is due a letter on this date.</source>
        <translation>该日期没有需要发函的客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="122"/>
        <source>%1 of %2 customers will get a letter.</source>
        <translation>%2 个客户中有 %1 个将收到函件。</translation>
    </message>
</context>
<context>
    <name>_RemindersTab</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="115"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="118"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="119"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="120"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="121"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="122"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="123"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="125"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="132"/>
        <source>Looking ahead:</source>
        <translation>即将到来：</translation>
    </message>
</context>
</TS>
