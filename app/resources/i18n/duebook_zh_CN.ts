<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/views/audit.py" line="53"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="58"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="75"/>
        <source>Number, code or text…</source>
        <translation>单号、编号或文字…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="76"/>
        <source>Verify the chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="78"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="86"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="88"/>
        <location filename="../../app/ui/views/audit.py" line="114"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="89"/>
        <location filename="../../app/ui/views/audit.py" line="116"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="118"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="87"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="90"/>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="100"/>
        <source>Details…</source>
        <translation>详细…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="103"/>
        <source>The entry&apos;s values before and after, as recorded</source>
        <translation>该条目记录的修改前后数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="127"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="127"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="206"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="207"/>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="208"/>
        <source>Any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="229"/>
        <source> (the newest %1)</source>
        <translation>（最新的 %1 条）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/audit.py" line="231"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/audit.py" line="261"/>
        <source>The audit trail is intact: %Ln entry(s) checked.</source>
        <translation>
            <numerusform>审计日志完整：已校验 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/audit.py" line="284"/>
        <source>%Ln entry(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %Ln 条记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="264"/>
        <source>The audit trail was tampered with at entry %1: %2.</source>
        <translation>审计日志在第 %1 条被篡改：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="277"/>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="278"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit.py" line="282"/>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计日志…</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="29"/>
        <source>Posted</source>
        <translation>过账</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="30"/>
        <source>Draft saved</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="31"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="32"/>
        <source>Draft deleted</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="33"/>
        <source>Disputed</source>
        <translation>标记争议</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="34"/>
        <source>Dispute cleared</source>
        <translation>解除争议</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="35"/>
        <source>Applied</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="36"/>
        <source>Application undone</source>
        <translation>撤销核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="37"/>
        <source>Customer added</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="38"/>
        <source>Customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="39"/>
        <source>Customer archived</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="40"/>
        <source>Customer restored</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="41"/>
        <source>Customer deleted</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="42"/>
        <source>Customers merged</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="43"/>
        <source>Value classes</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="44"/>
        <source>Put on hold</source>
        <translation>冻结信用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="45"/>
        <source>Released from hold</source>
        <translation>解除冻结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="46"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="47"/>
        <source>Credit override</source>
        <translation>越权放行</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="48"/>
        <source>Grade set by hand</source>
        <translation>手动评级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="49"/>
        <location filename="../../app/ui/views/audit_text.py" line="125"/>
        <source>Promise to pay</source>
        <translation>付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="50"/>
        <source>Promise cancelled</source>
        <translation>取消承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="51"/>
        <source>Contract added</source>
        <translation>新增合同</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="52"/>
        <source>Contract changed</source>
        <translation>修改合同</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="53"/>
        <source>Contract deleted</source>
        <translation>删除合同</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="54"/>
        <source>Contact logged</source>
        <translation>记录沟通</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="55"/>
        <source>Contact log changed</source>
        <translation>修改沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="56"/>
        <source>Contact log deleted</source>
        <translation>删除沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="57"/>
        <source>Follow-up done</source>
        <translation>跟进完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="58"/>
        <source>Follow-up reopened</source>
        <translation>重新跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="59"/>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="60"/>
        <location filename="../../app/ui/views/audit_text.py" line="130"/>
        <source>Dunning levels</source>
        <translation>催收级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="61"/>
        <location filename="../../app/ui/views/audit_text.py" line="131"/>
        <source>Letter text</source>
        <translation>函件文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="62"/>
        <source>Letter text reset</source>
        <translation>恢复函件文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="63"/>
        <source>Kept out of dunning</source>
        <translation>不参与催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="64"/>
        <source>Back in dunning</source>
        <translation>恢复催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="65"/>
        <source>List value</source>
        <translation>列表值</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="66"/>
        <source>List value removed</source>
        <translation>删除列表值</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="67"/>
        <source>List value renamed</source>
        <translation>重命名列表值</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="68"/>
        <location filename="../../app/ui/views/audit_text.py" line="123"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="69"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="70"/>
        <location filename="../../app/ui/views/audit_text.py" line="182"/>
        <source>Backups set up</source>
        <translation>设置备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="71"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="72"/>
        <source>Company created</source>
        <translation>创建公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="73"/>
        <source>Company details</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="74"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="75"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="76"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="77"/>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="78"/>
        <source>User added</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="79"/>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="80"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="81"/>
        <source>Users turned on</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="82"/>
        <location filename="../../app/ui/views/audit_text.py" line="194"/>
        <source>Users turned off</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="83"/>
        <location filename="../../app/ui/views/audit_text.py" line="84"/>
        <location filename="../../app/ui/views/audit_text.py" line="127"/>
        <location filename="../../app/ui/views/audit_text.py" line="128"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="85"/>
        <source>Report template saved</source>
        <translation>保存报表模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="86"/>
        <source>Report template deleted</source>
        <translation>删除报表模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="91"/>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="92"/>
        <source>Applications</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="93"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="94"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="95"/>
        <source>Promises to pay</source>
        <translation>付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="96"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="97"/>
        <source>Communication log</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="98"/>
        <source>Dunning</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="99"/>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="100"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="101"/>
        <location filename="../../app/ui/views/audit_text.py" line="122"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="102"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="103"/>
        <location filename="../../app/ui/views/audit_text.py" line="104"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="105"/>
        <location filename="../../app/ui/views/audit_text.py" line="106"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="107"/>
        <source>Report templates</source>
        <translation>报表模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="112"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="113"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="114"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="115"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="116"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="117"/>
        <source>Write-off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="118"/>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="119"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="120"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="121"/>
        <source>Application</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="124"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="126"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="129"/>
        <source>Imported data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="132"/>
        <source>Report template</source>
        <translation>报表模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="133"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="134"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="135"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="136"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="141"/>
        <source>%1 %2 posted for %3, %4</source>
        <translation>%1 %2 已过账（客户 %3），%4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="142"/>
        <source>Draft %1 %2 saved for %3, %4</source>
        <translation>%1草稿 %2 已保存（客户 %3），%4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="143"/>
        <source>%1 %2 voided by %3: %4</source>
        <translation>%1 %2 已由 %3 作废：%4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="144"/>
        <source>Draft %1 %2 deleted</source>
        <translation>%1草稿 %2 已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="145"/>
        <source>%1 %2 marked as disputed</source>
        <translation>%1 %2 已标记为有争议</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="146"/>
        <source>Dispute on %1 %2 cleared</source>
        <translation>%1 %2 的争议已解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="147"/>
        <source>%1 applied to %2: %3</source>
        <translation>%1 核销 %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="148"/>
        <source>Application of %1 to %2 undone: %3</source>
        <translation>已撤销 %1 对 %2 的核销：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="149"/>
        <source>Customer %1 (%2) added</source>
        <translation>新增客户 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="150"/>
        <source>Customer %1 (%2) changed</source>
        <translation>客户 %1（%2）已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="151"/>
        <source>Customer %1 archived</source>
        <translation>客户 %1 已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="152"/>
        <source>Customer %1 restored from the archive</source>
        <translation>客户 %1 已从归档恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="153"/>
        <source>Customer %1 (%2) deleted</source>
        <translation>客户 %1（%2）已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="154"/>
        <source>A duplicate customer was merged into %1</source>
        <translation>一个重复客户已合并到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="155"/>
        <source>Value classes worked out as of %1: %2 customers changed</source>
        <translation>截至 %1 重新计算价值分类：%2 个客户有变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="156"/>
        <source>Customer %1 put on credit hold: %2</source>
        <translation>客户 %1 已冻结信用：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="157"/>
        <source>Customer %1 released from credit hold</source>
        <translation>客户 %1 已解除信用冻结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="158"/>
        <source>Credit limit of customer %1 set to %2</source>
        <translation>客户 %1 的信用额度设为 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="159"/>
        <source>Credit refusal of customer %1 overridden: %2</source>
        <translation>客户 %1 的信用拒绝已越权放行：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="160"/>
        <source>Grade of customer %1 set by hand to %2: %3</source>
        <translation>客户 %1 的评级手动设为 %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="161"/>
        <source>Promise to pay %1 on %2 for invoice %3</source>
        <translation>承诺于 %2 支付 %1（发票 %3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="162"/>
        <source>A promise to pay was cancelled</source>
        <translation>一项付款承诺已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="163"/>
        <source>Contract %1 added for customer %2, %3</source>
        <translation>客户 %2 新增合同 %1，%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="164"/>
        <source>Contract %1 of customer %2 changed</source>
        <translation>客户 %2 的合同 %1 已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="165"/>
        <source>Contract %1 of customer %2 deleted</source>
        <translation>客户 %2 的合同 %1 已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="166"/>
        <source>Contact with customer %1 logged: %2</source>
        <translation>记录与客户 %1 的沟通：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="167"/>
        <source>Contact log of customer %1 changed: %2</source>
        <translation>客户 %1 的沟通记录已修改：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="168"/>
        <source>Contact log entry of customer %1 deleted</source>
        <translation>客户 %1 的一条沟通记录已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="169"/>
        <source>Follow-up with customer %1 done</source>
        <translation>客户 %1 的跟进已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="170"/>
        <source>Follow-up with customer %1 reopened</source>
        <translation>客户 %1 的跟进已重新打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="171"/>
        <source>Dunning letter of level %1 for customer %2, %3</source>
        <translation>向客户 %2 发出第 %1 级催款函，%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="172"/>
        <source>Dunning levels changed</source>
        <translation>催收级别已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="173"/>
        <source>Letter text of level %1 changed</source>
        <translation>第 %1 级函件文本已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="174"/>
        <source>Letter text of level %1 back to the built-in text</source>
        <translation>第 %1 级函件文本已恢复为内置文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="175"/>
        <source>Customer %1 kept out of dunning</source>
        <translation>客户 %1 不再参与催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="176"/>
        <source>Customer %1 back in dunning</source>
        <translation>客户 %1 恢复参与催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="177"/>
        <source>%1 %2 set on the list</source>
        <translation>%1 列表值 %2 已设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="178"/>
        <source>%1 %2 removed from the list</source>
        <translation>%1 列表值 %2 已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="179"/>
        <source>%1 %2 renamed to %3</source>
        <translation>%1 %2 已重命名为 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="180"/>
        <source>Backup %1 made</source>
        <translation>已创建备份 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="181"/>
        <source>Backup %1 restored</source>
        <translation>已恢复备份 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="183"/>
        <source>Recovery key written</source>
        <translation>已写出恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="184"/>
        <source>Company %1 created</source>
        <translation>已创建公司 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="185"/>
        <source>Company details changed</source>
        <translation>公司信息已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="186"/>
        <source>Data imported: %1 customers, %2 invoices, %3 payments</source>
        <translation>已导入数据：客户 %1 个，发票 %2 张，收款 %3 笔</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="187"/>
        <source>%1 signed in</source>
        <translation>%1 已登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="188"/>
        <source>%1 signed out</source>
        <translation>%1 已退出登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="189"/>
        <source>Sign-in as %1 refused</source>
        <translation>以 %1 登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="190"/>
        <source>User %1 added</source>
        <translation>已新增用户 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="191"/>
        <source>User %1 changed</source>
        <translation>用户 %1 已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="192"/>
        <source>Password of user %1 changed</source>
        <translation>用户 %1 的密码已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="193"/>
        <source>Users turned on, %1 is the administrator</source>
        <translation>已启用用户，管理员为 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="195"/>
        <location filename="../../app/ui/views/audit_text.py" line="196"/>
        <source>A setting was changed</source>
        <translation>一项设置已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="197"/>
        <source>Report template %1 saved</source>
        <translation>已保存报表模板 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="198"/>
        <source>Report template %1 deleted</source>
        <translation>已删除报表模板 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="201"/>
        <source>Change to %1 %2</source>
        <translation>%1 %2 有变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="202"/>
        <source>Other change</source>
        <translation>其他变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="203"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/audit_text.py" line="313"/>
        <source>no limit</source>
        <translation>不限额</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="124"/>
        <location filename="../../app/ui/dialogs/backup.py" line="207"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="134"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="139"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="141"/>
        <source>Verify a backup…</source>
        <translation>校验备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="143"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="145"/>
        <source>Write the recovery key…</source>
        <translation>生成恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="150"/>
        <location filename="../../app/ui/dialogs/backup.py" line="196"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="180"/>
        <source>The backup key is kept in this computer&apos;s keyring.</source>
        <translation>备份密钥保存在本机的密钥环中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="41"/>
        <source>No backup has been made of this company yet.</source>
        <translation>该公司尚未做过备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="46"/>
        <source>Last backup: %1 (today)</source>
        <translation>上次备份：%1（今天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="50"/>
        <source>more than a week ago: make a backup now</source>
        <translation>已超过一周：请立即备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="181"/>
        <source>No keyring is available on this computer. The backup key is kept in a file readable only by you; write the recovery key and keep it apart.</source>
        <translation>此电脑没有可用的密钥环。备份密钥保存在仅您可读的文件中；请写出恢复密钥并另行保管。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="185"/>
        <source>No company is open.</source>
        <translation>未打开公司。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="217"/>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="221"/>
        <source>Backup written: %1 (%2 MB)</source>
        <translation>备份已写入：%1（%2 MB）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="230"/>
        <source>Verify a backup</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="231"/>
        <location filename="../../app/ui/dialogs/backup.py" line="253"/>
        <source>Duebook backups (*.duebak)</source>
        <translation>Duebook 备份 (*.duebak)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="237"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="242"/>
        <source>The backup is sound: %1, made %2, %3 rows, integrity %4.</source>
        <translation>备份完好：%1，生成于 %2，共 %3 行，完整性 %4。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="252"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="257"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="258"/>
        <source>Replace the open company with this backup? The backup is checked first, and the current file is kept aside (and backed up) before it is replaced.</source>
        <translation>用此备份替换当前公司？会先检查备份；替换前当前文件会另存（并备份）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="278"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="295"/>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="297"/>
        <source>The previous file is kept as %1.</source>
        <translation>原文件另存为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="324"/>
        <source>Writing the recovery key…</source>
        <translation>正在生成恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="328"/>
        <source>Recovery key written to %1. Print it or keep it apart from this computer, with its passphrase.</source>
        <translation>恢复密钥已写入 %1。请打印或与本机分开保管，并记住口令。</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="42"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="43"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="44"/>
        <source>Promise broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="45"/>
        <source>Promise due</source>
        <translation>承诺付款到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="46"/>
        <source>Contract ending</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="47"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="337"/>
        <source>Dunning</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="338"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="339"/>
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
        <location filename="../../app/ui/views/credit.py" line="38"/>
        <source>over limit</source>
        <translation>超限</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="38"/>
        <source>within limit</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="38"/>
        <source>near limit</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="39"/>
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
        <location filename="../../app/ui/views/credit.py" line="55"/>
        <source>Filter by code or name…</source>
        <translation>按编号或名称筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="58"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="61"/>
        <source>warn, over or hold</source>
        <translation>预警、超限或冻结</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="63"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="64"/>
        <source>With a credit limit</source>
        <translation>有信用额度的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="65"/>
        <source>With a balance</source>
        <translation>有余额的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="70"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="72"/>
        <source>Limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="72"/>
        <source>no limit</source>
        <translation>不限额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="74"/>
        <source>Exposure</source>
        <translation>风险敞口</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="75"/>
        <source>Available</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="78"/>
        <source>Utilization</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="83"/>
        <source>Index</source>
        <translation>付款指数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="85"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="86"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="103"/>
        <source>Double-click a customer to open the ledger.</source>
        <translation>双击客户打开往来明细。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/credit.py" line="152"/>
        <source>%1 customers · %2 within limit · %3 near limit · %4 over limit · %5 on hold</source>
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
        <location filename="../../app/ui/views/customers.py" line="39"/>
        <source>Search code, name, contact, phone, tax ID, tag, pinyin…</source>
        <translation>搜索编号、名称、联系人、电话、税号、标签、拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="47"/>
        <source>Any grade</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="52"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="53"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="54"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="55"/>
        <source>With balance</source>
        <translation>有余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="62"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="64"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="78"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="80"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="81"/>
        <location filename="../../app/ui/views/customers.py" line="197"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="83"/>
        <source>Open ledger</source>
        <translation>打开往来明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="128"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers.py" line="156"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="197"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="211"/>
        <source>Customer %1 saved.</source>
        <translation>客户 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="236"/>
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers.py" line="237"/>
        <source>Archive %1 %2? Archived customers are kept with their documents but hidden from lists and new documents.</source>
        <translation>归档 %1 %2？归档的客户及其单据都会保留，但不再出现在列表和新单据中。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="73"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="74"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="75"/>
        <source>Promise broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="76"/>
        <source>Promise due</source>
        <translation>承诺付款到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="77"/>
        <source>Contract ending</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="78"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="86"/>
        <source>%1 is overdue.</source>
        <translation>%1 已逾期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="88"/>
        <source>%1 falls due.</source>
        <translation>%1 即将到期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="90"/>
        <source>The payment promised for %1 did not arrive.</source>
        <translation>%1 的承诺付款未到账。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="93"/>
        <source>A payment is promised for %1.</source>
        <translation>%1 有一笔承诺付款。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="95"/>
        <source>Contract %1 ends.</source>
        <translation>合同 %1 即将结束。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="97"/>
        <source>Follow up (%1): %2</source>
        <translation>跟进（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="103"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="104"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="105"/>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="106"/>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="107"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="108"/>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="109"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="115"/>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="117"/>
        <source>%1+ days</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="118"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="296"/>
        <source>Total receivable</source>
        <translation>应收总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="298"/>
        <location filename="../../app/ui/views/dashboard.py" line="321"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="300"/>
        <source>Customers owing</source>
        <translation>欠款客户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="301"/>
        <source>Unapplied credits</source>
        <translation>未核销贷项</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="307"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="318"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="319"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="320"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="330"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="331"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="332"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="333"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="334"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="347"/>
        <source>Top debtors</source>
        <translation>欠款最多的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="348"/>
        <source>Recent documents</source>
        <translation>最近单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="387"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="414"/>
        <source>Open amount</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="434"/>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="437"/>
        <source>Aging (%1)</source>
        <translation>账龄（%1）</translation>
    </message>
</context>
<context>
    <name>DunningWizard</name>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="250"/>
        <source>Dunning run</source>
        <translation>催收批次</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="259"/>
        <source>Commit</source>
        <translation>确认提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="283"/>
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
        <location filename="../../app/ui/errors.py" line="133"/>
        <source>Something is wrong.</source>
        <translation>出现了问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="134"/>
        <source>Not a valid value.</source>
        <translation>不是有效的值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="135"/>
        <source>Some fields are not valid.</source>
        <translation>有些字段无效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="136"/>
        <source>The file was not imported.</source>
        <translation>文件未导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="137"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="138"/>
        <source>This clashes with another record.</source>
        <translation>与另一条记录冲突。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="139"/>
        <source>This cannot be done now.</source>
        <translation>现在无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="140"/>
        <source>Credit refused.</source>
        <translation>信用审核未通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="141"/>
        <source>You may not do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="142"/>
        <location filename="../../app/ui/errors.py" line="596"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="143"/>
        <source>This company file is open in another Duebook.</source>
        <translation>该公司文件已在另一个 Duebook 中打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="144"/>
        <source>The company file cannot be used.</source>
        <translation>无法使用该公司文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="145"/>
        <source>The backup could not be made, read or restored.</source>
        <translation>无法创建、读取或恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="146"/>
        <source>The key to open this backup is not on this computer.</source>
        <translation>这台电脑上没有打开此备份的密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="147"/>
        <source>The login was refused.</source>
        <translation>登录被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="148"/>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="149"/>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="150"/>
        <source>The copy does not match its source; nothing was kept.</source>
        <translation>副本与源数据不一致；未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="151"/>
        <source>The company file is damaged and was not opened.</source>
        <translation>公司文件已损坏，未打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="153"/>
        <source>This is needed.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="154"/>
        <source>Too long.</source>
        <translation>太长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="155"/>
        <source>Too short.</source>
        <translation>太短。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="156"/>
        <source>Choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="157"/>
        <source>Out of the allowed range.</source>
        <translation>超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="158"/>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="160"/>
        <source>Not in a valid format.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="161"/>
        <source>Not a valid tax ID.</source>
        <translation>不是有效的税号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="162"/>
        <source>Already used by another record.</source>
        <translation>已被其他记录使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="163"/>
        <source>More than is open.</source>
        <translation>超过了未结金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="164"/>
        <source>More than the invoice amount.</source>
        <translation>超过发票金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="165"/>
        <source>The dates or values are in the wrong order.</source>
        <translation>日期或数值的先后顺序不对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="166"/>
        <source>Too many decimal places.</source>
        <translation>小数位数太多。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="167"/>
        <source>Not known in this company file.</source>
        <translation>本公司文件中没有此项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="168"/>
        <source>Belongs to another customer.</source>
        <translation>属于另一个客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="169"/>
        <source>This document cannot take this credit.</source>
        <translation>该单据不能核销这笔贷项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="170"/>
        <source>A record cannot be merged into itself.</source>
        <translation>记录不能合并到自身。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="171"/>
        <source>This cannot be changed.</source>
        <translation>此项不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="172"/>
        <source>Not a currency code (ISO 4217).</source>
        <translation>不是货币代码（ISO 4217）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="173"/>
        <source>Bucket limits must be increasing whole days above 0.</source>
        <translation>账龄区间的界限必须是大于 0 且递增的整天数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="174"/>
        <source>Levels must be numbered 1, 2, 3 … without gaps.</source>
        <translation>级别必须按 1、2、3……连续编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="175"/>
        <source>An unknown placeholder is used.</source>
        <translation>使用了未知的占位符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="185"/>
        <source>a customer code is needed</source>
        <translation>需要填写客户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="186"/>
        <source>a name is needed</source>
        <translation>需要填写名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="187"/>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="188"/>
        <source>must be en or zh_CN</source>
        <translation>必须是 en 或 zh_CN</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="189"/>
        <source>must be en or zh_CN, not %1</source>
        <translation>必须是 en 或 zh_CN，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="190"/>
        <source>en or zh_CN</source>
        <translation>en 或 zh_CN</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="191"/>
        <source>must be between %1 and %2 days</source>
        <translation>必须在 %1 到 %2 天之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="192"/>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="193"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="194"/>
        <source>must be above 0 and at most 1</source>
        <translation>必须大于 0 且不超过 1（即 100%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="195"/>
        <source>not an email address</source>
        <translation>不是有效的电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="196"/>
        <source>not an email address: %1</source>
        <translation>不是有效的电子邮件地址：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="197"/>
        <source>a tag cannot be empty or contain &apos;;&apos;</source>
        <translation>标签不能为空，也不能包含“;”</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="198"/>
        <source>code %1 is already used</source>
        <translation>编号 %1 已被使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="199"/>
        <source>customer %1 was changed by someone else; reload it and try again</source>
        <translation>客户 %1 已被其他人修改；请重新加载后再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="200"/>
        <source>customer %1 is already archived</source>
        <translation>客户 %1 已经归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="201"/>
        <source>customer %1 is not archived</source>
        <translation>客户 %1 未归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="202"/>
        <source>customer %1 has documents: archive it instead</source>
        <translation>客户 %1 已有单据：请改为归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="203"/>
        <source>a customer cannot be merged into itself</source>
        <translation>客户不能合并到自身</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="204"/>
        <source>not a valid unified social credit code (check character)</source>
        <translation>不是有效的统一社会信用代码（校验位不符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="205"/>
        <source>not a valid %1 VAT number: %2</source>
        <translation>不是有效的 %1 增值税号：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="206"/>
        <source>only 4-30 letters and digits are allowed in a tax ID</source>
        <translation>税号只能由 4 到 30 个字母和数字组成</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="208"/>
        <source>an amount is needed</source>
        <translation>需要填写金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="209"/>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="210"/>
        <source>at most %1 decimal places</source>
        <translation>最多 %1 位小数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="211"/>
        <source>must be between 0 and 1 (0.13 = 13 %)</source>
        <translation>必须在 0 到 1 之间（0.13 = 13%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="212"/>
        <source>cannot be before the invoice date</source>
        <translation>不能早于发票日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="213"/>
        <source>%1 is not a debit kind</source>
        <translation>%1 不是借方单据类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="214"/>
        <source>%1 is not a credit kind</source>
        <translation>%1 不是贷方单据类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="215"/>
        <source>one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="216"/>
        <source>choose one of %1</source>
        <translation>请从以下选择：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="217"/>
        <source>a write-off needs a reason</source>
        <translation>核销坏账需要填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="218"/>
        <source>no invoice %1</source>
        <translation>没有发票 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="219"/>
        <source>invoice %1 belongs to another customer</source>
        <translation>发票 %1 属于另一个客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="220"/>
        <source>more is allocated than the amount</source>
        <translation>分配的金额超过了总金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="221"/>
        <source>document %1 cannot take this credit</source>
        <translation>单据 %1 不能核销这笔贷项</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="222"/>
        <source>%1 is open for %2 only</source>
        <translation>%1 的未结金额只有 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="223"/>
        <source>between 0 and %1</source>
        <translation>必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="224"/>
        <source>customer %1 is archived; bring it back before posting</source>
        <translation>客户 %1 已归档；请先恢复再过账</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="225"/>
        <source>only a posted payment, credit note or write-off can be applied</source>
        <translation>只有已过账的收款、贷项通知单或坏账核销可以核销</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="226"/>
        <source>a credit can only be applied to a posted open item</source>
        <translation>贷项只能核销已过账的未结项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="227"/>
        <source>the credit and the item belong to different customers</source>
        <translation>贷项与该项目属于不同的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="228"/>
        <source>this application was already undone</source>
        <translation>这笔核销已被撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="229"/>
        <source>an application made by a void cannot be undone</source>
        <translation>作废产生的核销不能撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="230"/>
        <source>say why the document is voided</source>
        <translation>请说明作废单据的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="231"/>
        <source>%1 is a draft: delete it instead</source>
        <translation>%1 是草稿：请直接删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="232"/>
        <source>%1 is already voided</source>
        <translation>%1 已经作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="233"/>
        <source>a void cannot itself be voided</source>
        <translation>作废单据本身不能再作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="234"/>
        <source>a void cannot be dated before the document</source>
        <translation>作废日期不能早于单据日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="235"/>
        <source>%1 is not a draft</source>
        <translation>%1 不是草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="236"/>
        <source>%1 is posted: void it instead</source>
        <translation>%1 已过账：请改为作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="237"/>
        <source>%1 %2 already exists</source>
        <translation>%1 %2 已存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="238"/>
        <source>the period ends before it starts</source>
        <translation>期间的结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="239"/>
        <source>the period must start on or before its end</source>
        <translation>期间的开始日期不能晚于结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="240"/>
        <source>no customer with code %1</source>
        <translation>没有编号为 %1 的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="242"/>
        <source>%1; an override with a reason is needed</source>
        <translation>%1；需要填写原因才能越权放行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="243"/>
        <source>exposure %1 would exceed the credit limit %2</source>
        <translation>风险敞口 %1 将超过信用额度 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="244"/>
        <source>exposure %1 is %2 % of the credit limit %3</source>
        <translation>风险敞口 %1 已达信用额度 %3 的 %2%</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="245"/>
        <source>credit override: %1</source>
        <translation>信用越权放行：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="246"/>
        <source>customer is on credit hold (%1)</source>
        <translation>客户处于信用冻结中（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="247"/>
        <source>must be a whole number of days above 0</source>
        <translation>必须是大于 0 的整天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="248"/>
        <source>say why the customer is put on hold</source>
        <translation>请说明冻结该客户的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="249"/>
        <source>the hold would end before it starts (%1)</source>
        <translation>冻结的结束日期早于开始日期（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="250"/>
        <source>customer %1 is not on hold</source>
        <translation>客户 %1 未被冻结</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="251"/>
        <source>a manual grade needs a reason</source>
        <translation>手动设置等级需要填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="253"/>
        <source>levels must be numbered 1, 2, 3 ... without gaps</source>
        <translation>级别必须按 1、2、3……连续编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="254"/>
        <source>must be at least 1 day</source>
        <translation>至少为 1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="255"/>
        <source>must be more than the level before it</source>
        <translation>必须大于上一级</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="256"/>
        <source>a yearly rate between 0 and 1 (0.08 = 8 %)</source>
        <translation>年利率必须在 0 到 1 之间（0.08 = 8%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="257"/>
        <source>a letter needs a text</source>
        <translation>信函需要正文</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="258"/>
        <source>unknown placeholder(s): %1</source>
        <translation>未知的占位符：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="259"/>
        <source>a brace is not closed: %1</source>
        <translation>花括号未闭合：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="260"/>
        <source>levels start at 1</source>
        <translation>级别从 1 开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="261"/>
        <source>more than the invoice amount</source>
        <translation>超过发票金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="262"/>
        <source>the promise is already cancelled</source>
        <translation>该付款承诺已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="263"/>
        <source>a contract number is needed</source>
        <translation>需要填写合同编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="264"/>
        <source>cannot end before it starts</source>
        <translation>结束日期不能早于开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="265"/>
        <source>between 0 and 3650 days</source>
        <translation>必须在 0 到 3650 天之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="266"/>
        <source>contract %1 already exists</source>
        <translation>合同 %1 已存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="267"/>
        <source>say what was discussed</source>
        <translation>请填写沟通内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="268"/>
        <source>a follow-up cannot be before the contact</source>
        <translation>跟进日期不能早于沟通日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="269"/>
        <source>a value is needed</source>
        <translation>需要填写一个值</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="271"/>
        <source>bucket limits must be increasing whole days above 0</source>
        <translation>账龄区间的界限必须是大于 0 且递增的整天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="272"/>
        <source>due_date or invoice_date</source>
        <translation>必须是 due_date（到期日）或 invoice_date（开票日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="273"/>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="274"/>
        <source>a whole number of rows</source>
        <translation>必须是整数行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="275"/>
        <source>a template needs a name</source>
        <translation>模板需要名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="276"/>
        <source>the template is too large</source>
        <translation>模板太大</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="277"/>
        <source>operator must be one of %1</source>
        <translation>运算符必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="278"/>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="279"/>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="280"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="281"/>
        <source>no column %1 in this report</source>
        <translation>此报表中没有列 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="282"/>
        <source>%1 is a template of the %2 report</source>
        <translation>%1 是 %2 报表的模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="283"/>
        <source>not an ISO 4217 code: %1</source>
        <translation>不是 ISO 4217 货币代码：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="284"/>
        <source>a company name is needed</source>
        <translation>需要填写公司名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="285"/>
        <source>the currency of a company file cannot be changed</source>
        <translation>公司文件的币种不能修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="287"/>
        <source>use at least %1 characters</source>
        <translation>至少使用 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="288"/>
        <source>letters, digits, . _ @ - only (1 to 60)</source>
        <translation>只能使用字母、数字和 . _ @ -（1 到 60 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="289"/>
        <source>between 0 (never) and 1440</source>
        <translation>必须在 0（从不）到 1440 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="290"/>
        <source>users are already on</source>
        <translation>用户管理已经开启</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="291"/>
        <source>users are off: turn them on first (this creates an administrator)</source>
        <translation>用户管理未开启：请先开启（这会创建一个管理员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="292"/>
        <source>a user named %1 already exists</source>
        <translation>名为 %1 的用户已存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="293"/>
        <source>the last administrator cannot be removed</source>
        <translation>不能删除最后一个管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="294"/>
        <source>the old password is wrong</source>
        <translation>旧密码不正确</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="295"/>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="296"/>
        <source>wrong user name or password; wait %1 s before the next try</source>
        <translation>用户名或密码错误；请等待 %1 秒后再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="297"/>
        <source>too many failed logins: try again in %1 s</source>
        <translation>登录失败次数过多：请在 %1 秒后再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="298"/>
        <source>users are on for this company: give --user NAME and --password-file FILE</source>
        <translation>此公司已开启用户管理：请提供 --user NAME 和 --password-file FILE</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="299"/>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="301"/>
        <source>%1 already exists; open it or choose another name</source>
        <translation>%1 已存在；请打开它或另选一个名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="302"/>
        <source>%1 already holds a company</source>
        <translation>%1 中已有一家公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="303"/>
        <source>%1 is not a Duebook company file</source>
        <translation>%1 不是 Duebook 公司文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="304"/>
        <source>%1 was written by a newer Duebook; update the program</source>
        <translation>%1 由更新版本的 Duebook 写入；请升级程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="305"/>
        <source>the file holds no company</source>
        <translation>该文件中没有公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="306"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="307"/>
        <source>%1 is neither a folder of CSV files nor an .xlsx workbook</source>
        <translation>%1 既不是 CSV 文件夹，也不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="308"/>
        <source>%1 is not a readable Excel workbook: %2</source>
        <translation>%1 不是可读取的 Excel 工作簿：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="309"/>
        <source>%1 holds none of %2</source>
        <translation>%1 中没有以下任何一项：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="310"/>
        <source>%1 already exists; transfer only into a new file</source>
        <translation>%1 已存在；只能转移到新文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="311"/>
        <source>the source and the target are the same database</source>
        <translation>源数据库和目标数据库是同一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="312"/>
        <source>%1 is in use; the copy was not finished</source>
        <translation>%1 正在使用中；复制未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="313"/>
        <source>%1 already holds a company (table %2 has rows); transfer only into an empty database</source>
        <translation>%1 中已有一家公司（表 %2 中有数据）；只能转移到空数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="314"/>
        <source>%1 has an empty schema of another Duebook version</source>
        <translation>%1 中是另一个 Duebook 版本的空表结构</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="315"/>
        <source>%1 holds part of a Duebook schema; use an empty database</source>
        <translation>%1 中有部分 Duebook 表结构；请使用空数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="316"/>
        <source>table %1: %2 rows in the source, %3 in the copy</source>
        <translation>表 %1：源数据 %2 行，副本 %3 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="317"/>
        <source>customer id %1: balance or aging differs</source>
        <translation>客户 id %1：余额或账龄不一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="318"/>
        <source>database %1 on %2 holds no Duebook company; put one there with: duebook transfer --from FILE --to URL</source>
        <translation>%2 上的数据库 %1 中没有 Duebook 公司；可用以下命令放入：duebook transfer --from FILE --to URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="319"/>
        <source>cannot read the %1 file %2: %3</source>
        <translation>无法读取 %1 文件 %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="321"/>
        <source>%1 holds no age identity</source>
        <translation>%1 中没有 age 私钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="322"/>
        <source>too many backups named like %1</source>
        <translation>与 %1 同名的备份太多</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="323"/>
        <source>%1 is damaged (truncated or altered): decryption failed its integrity check</source>
        <translation>%1 已损坏（被截断或修改）：解密时完整性校验失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="324"/>
        <source>%1 is damaged (truncated or altered): %2</source>
        <translation>%1 已损坏（被截断或修改）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="325"/>
        <source>the backup key of this company is not on this computer (%1); use the recovery key and its passphrase</source>
        <translation>这台电脑上没有此公司的备份密钥（%1）；请使用恢复密钥及其口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="326"/>
        <source>choose a passphrase of at least 8 characters</source>
        <translation>请设置至少 8 个字符的口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="327"/>
        <source>the backup could not be encrypted: %1</source>
        <translation>备份无法加密：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="328"/>
        <source>the backup could not be encrypted</source>
        <translation>备份无法加密</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="329"/>
        <source>the snapshot changed while it was archived</source>
        <translation>归档期间快照发生了变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="330"/>
        <source>the restored file could not be written to disk: %1</source>
        <translation>恢复的文件无法写入磁盘：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="331"/>
        <source>%1 is not a Duebook backup (not in the age format)</source>
        <translation>%1 不是 Duebook 备份（不是 age 格式）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="332"/>
        <source>no key to open %1: the company&apos;s key is not on this computer; use the recovery key and its passphrase</source>
        <translation>没有打开 %1 的密钥：这台电脑上没有此公司的密钥；请使用恢复密钥及其口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="333"/>
        <source>%1 cannot be opened with this company&apos;s key: it is a backup of another company, was made with another key, or its header is damaged</source>
        <translation>无法用此公司的密钥打开 %1：它是另一家公司的备份、用另一个密钥制作，或文件头已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="334"/>
        <source>%1 is not a Duebook backup: %2 missing</source>
        <translation>%1 不是 Duebook 备份：缺少 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="335"/>
        <source>%1: company.db does not match its manifest (SHA-256 differs)</source>
        <translation>%1：company.db 与清单不符（SHA-256 不同）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="336"/>
        <source>%1: company.db fails SQLite&apos;s integrity check: %2</source>
        <translation>%1：company.db 未通过 SQLite 完整性检查：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="337"/>
        <source>%1: table %2 holds %3 rows, the manifest says %4</source>
        <translation>%1：表 %2 有 %3 行，清单记载为 %4 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="338"/>
        <source>%1 is a backup of another company (%2), not of %3</source>
        <translation>%1 是另一家公司（%2）的备份，不是 %3 的</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="339"/>
        <source>cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="340"/>
        <source>%1 is a recovery key: its passphrase is needed</source>
        <translation>%1 是恢复密钥：需要输入它的口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="341"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="342"/>
        <source>%1 is damaged: its archive cannot be read (%2)</source>
        <translation>%1 已损坏：无法读取其中的归档（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="343"/>
        <source>%1 exists and is not a Duebook company file; nothing was replaced (%2)</source>
        <translation>%1 已存在且不是 Duebook 公司文件；未替换任何内容（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="344"/>
        <source>wrong passphrase for the recovery key</source>
        <translation>恢复密钥的口令错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="345"/>
        <source>%1 has a damaged manifest</source>
        <translation>%1 的清单已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="346"/>
        <source>%1: company.db is not a sound database (%2)</source>
        <translation>%1：company.db 不是完好的数据库（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="347"/>
        <source>%1 holds a damaged key</source>
        <translation>%1 中的密钥已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="349"/>
        <source>no answer within the time allowed</source>
        <translation>在允许的时间内没有应答</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="350"/>
        <source>nothing is listening there: the server is off or the port is wrong</source>
        <translation>该地址没有服务在监听：服务器未开启或端口不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="351"/>
        <source>the host name is unknown</source>
        <translation>主机名未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="352"/>
        <source>the network does not reach it</source>
        <translation>网络无法到达该服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="353"/>
        <source>no connection</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="355"/>
        <source>an entry before it was removed or changed</source>
        <translation>它之前的一条记录被删除或修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="356"/>
        <source>chain broken</source>
        <translation>哈希链断裂</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="357"/>
        <source>its contents were changed</source>
        <translation>其内容被修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="359"/>
        <source>no backup of the replaced file could be made (%1); it is kept aside</source>
        <translation>无法为被替换的文件做备份（%1）；该文件已另行保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="360"/>
        <source>the backup key of this company is not on this computer: its backups can be restored only with the recovery key and its passphrase</source>
        <translation>这台电脑上没有此公司的备份密钥：其备份只能用恢复密钥及其口令来恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="361"/>
        <source>%1: the backup key was saved in %2 (readable only by you). Write a recovery key (backup recovery-key) and keep it apart: restoring on another machine needs it and its passphrase.</source>
        <translation>%1：备份密钥已保存在 %2（只有您能读取）。请生成恢复密钥（backup recovery-key）并另行保管：在另一台电脑上恢复时需要它及其口令。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="363"/>
        <source>row has %1 cells but the header has %2</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="364"/>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="365"/>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="366"/>
        <source>an amount is required</source>
        <translation>必须填写金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="367"/>
        <source>not an ISO date (YYYY-MM-DD): %1</source>
        <translation>不是 ISO 日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="368"/>
        <source>no such date: %1</source>
        <translation>日期不存在：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="369"/>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="370"/>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="371"/>
        <source>duplicate invoice %1 (also on row %2)</source>
        <translation>发票 %1 重复（第 %2 行也有）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="372"/>
        <source>duplicate code %1 (also on row %2)</source>
        <translation>编号 %1 重复（第 %2 行也有）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="373"/>
        <source>duplicate level %1 (also on row %2)</source>
        <translation>级别 %1 重复（第 %2 行也有）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="374"/>
        <source>duplicate %1 %2 (also on row %3)</source>
        <translation>%1 %2 重复（第 %3 行也有）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="375"/>
        <source>the due date is before the issue date</source>
        <translation>到期日早于开票日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="376"/>
        <source>unknown file (expected %1)</source>
        <translation>未知文件（应为 %1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="377"/>
        <source>unknown file in the data set (expected %1)</source>
        <translation>数据集中有未知文件（应为 %1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="378"/>
        <source>unknown sheet (expected %1)</source>
        <translation>未知工作表（应为 %1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="379"/>
        <source>not UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>不是 UTF-8 文本（请另存为 CSV UTF-8）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="380"/>
        <source>empty file: a header row is needed</source>
        <translation>文件为空：需要表头行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="381"/>
        <source>empty sheet: a header row is needed</source>
        <translation>工作表为空：需要表头行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="382"/>
        <source>not a readable CSV file: %1</source>
        <translation>不是可读取的 CSV 文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="383"/>
        <source>not a readable CSV row: %1</source>
        <translation>不是可读取的 CSV 行：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="384"/>
        <source>column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="385"/>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="386"/>
        <source>unknown column (use --ignore-unknown to skip it)</source>
        <translation>未知的列（可用 --ignore-unknown 跳过）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="387"/>
        <source>customer %1 is already in the company file</source>
        <translation>客户 %1 已在公司文件中</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="388"/>
        <source>invoice %1 is already in the company file</source>
        <translation>发票 %1 已在公司文件中</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="389"/>
        <source>level %1 is already in the company file</source>
        <translation>级别 %1 已在公司文件中</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="390"/>
        <source>%1 %2 is already in the company file</source>
        <translation>%1 %2 已在公司文件中</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="391"/>
        <source>unknown customer %1</source>
        <translation>未知客户 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="392"/>
        <source>customer %1 is archived</source>
        <translation>客户 %1 已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="393"/>
        <source>unknown invoice %1</source>
        <translation>未知发票 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="394"/>
        <source>write the rate as a fraction: 0.08 for 8 %</source>
        <translation>利率请写成小数：8% 写作 0.08</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="395"/>
        <source>not a decimal rate: %1</source>
        <translation>不是小数形式的利率：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="396"/>
        <source>levels must be numbered 1, 2, 3 ... without gaps (missing %1)</source>
        <translation>级别必须按 1、2、3……连续编号（缺少 %1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="397"/>
        <source>level %1 must have more days overdue than level %2</source>
        <translation>级别 %1 的逾期天数必须多于级别 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="399"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="400"/>
        <source>a sign is not allowed</source>
        <translation>不允许使用正负号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="401"/>
        <source>an exponent is not allowed</source>
        <translation>不允许使用指数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="402"/>
        <source>a thousands separator is not allowed</source>
        <translation>不允许使用千位分隔符</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="403"/>
        <source>a currency sign is not allowed</source>
        <translation>不允许使用货币符号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="404"/>
        <source>no decimal places are allowed in this currency</source>
        <translation>此币种不允许有小数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="405"/>
        <source>more than %1 decimal places</source>
        <translation>超过 %1 位小数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="406"/>
        <source>%1 has more than %2 decimal places</source>
        <translation>%1 的小数超过 %2 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="407"/>
        <source>not a decimal amount</source>
        <translation>不是十进制金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="408"/>
        <source>not a decimal amount: %1</source>
        <translation>不是十进制金额：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="409"/>
        <source>not a finite amount: %1</source>
        <translation>不是有限的金额：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="410"/>
        <source>not a decimal number</source>
        <translation>不是十进制数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="415"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="416"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="417"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="418"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="419"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="420"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="421"/>
        <source>Write-off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="422"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="423"/>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="424"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="425"/>
        <source>Application</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="426"/>
        <source>Communication entry</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="427"/>
        <source>Company file</source>
        <translation>公司文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="428"/>
        <source>Promise to pay</source>
        <translation>付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="429"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="430"/>
        <source>Report template</source>
        <translation>报表模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="431"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="432"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="433"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="438"/>
        <source>change customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="439"/>
        <source>delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="440"/>
        <source>post documents</source>
        <translation>过账单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="441"/>
        <source>void documents</source>
        <translation>作废单据</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="442"/>
        <source>apply or unapply payments</source>
        <translation>核销或撤销核销收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="443"/>
        <source>change credit limits and holds</source>
        <translation>修改信用额度和冻结</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="444"/>
        <source>override a credit refusal</source>
        <translation>越权放行被拒绝的信用</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="445"/>
        <source>send dunning letters</source>
        <translation>发送催款函</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="446"/>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="447"/>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="448"/>
        <source>make a backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="449"/>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="450"/>
        <source>change the company settings</source>
        <translation>修改公司设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="451"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="452"/>
        <source>read the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="453"/>
        <source>read the books</source>
        <translation>查看账簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="570"/>
        <source>also %1: %2</source>
        <translation>另外 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="583"/>
        <source>%1 not found: %2</source>
        <translation>未找到%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="586"/>
        <source>%1 may not %2.</source>
        <translation>%1 无权%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="589"/>
        <source>%1 is open in another Duebook (process %2 on %3).</source>
        <translation>%1 已在另一个 Duebook 中打开（%3 上的进程 %2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="593"/>
        <source>Credit refused for %1: %2</source>
        <translation>客户 %1 信用审核未通过：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="598"/>
        <source>The file was not imported; %1 row(s) are wrong.</source>
        <translation>文件未导入；有 %1 行有错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="603"/>
        <source>The server %1:%2 cannot be reached (%3).</source>
        <translation>无法连接服务器 %1:%2（%3）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="606"/>
        <source>The server %1 refused user %2: wrong password or no access to database %3.</source>
        <translation>服务器 %1 拒绝了用户 %2：密码错误或无权访问数据库 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="610"/>
        <source>%1 is damaged and was not opened: SQLite&apos;s check reports &quot;%2&quot;. Restore the latest backup: File &gt; Backup and restore.</source>
        <translation>%1 已损坏，未打开：SQLite 检查报告“%2”。请恢复最近的备份：文件 &gt; 备份与恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="622"/>
        <source>An unexpected error happened.</source>
        <translation>发生了意外错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="630"/>
        <source>Duebook</source>
        <translation>Duebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="159"/>
        <source>Must be more than zero.</source>
        <translation>必须大于零。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/errors.py" line="44"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="46"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="48"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="49"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="50"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="51"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="52"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="53"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="54"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="55"/>
        <source>Warn ratio</source>
        <translation>预警比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="56"/>
        <source>Payment terms</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="57"/>
        <location filename="../../app/ui/errors.py" line="85"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="58"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="59"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="60"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="61"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="62"/>
        <location filename="../../app/ui/errors.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="64"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="65"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="66"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="67"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="68"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="69"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="70"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="71"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="72"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="73"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="74"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="75"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="76"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="77"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="78"/>
        <source>Allocation</source>
        <translation>核销分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="79"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="80"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="81"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="82"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="83"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="84"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="86"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="87"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="88"/>
        <source>Channel</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="89"/>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="90"/>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="91"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="92"/>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="93"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="94"/>
        <source>Aging buckets</source>
        <translation>账龄区间</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="95"/>
        <source>Aging basis</source>
        <translation>账龄计算依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="96"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="97"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="98"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="99"/>
        <source>Minimum overdue</source>
        <translation>最低逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="100"/>
        <source>Yearly interest</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="101"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="102"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="103"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="104"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="105"/>
        <source>Remind days before</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="106"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="107"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="108"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="109"/>
        <source>Inactive after days</source>
        <translation>不活跃天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="110"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="111"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="112"/>
        <location filename="../../app/ui/errors.py" line="113"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="114"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="115"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="116"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="117"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="118"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="119"/>
        <source>Lock after idle minutes</source>
        <translation>空闲锁定分钟数</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="120"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="125"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="126"/>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="127"/>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
</context>
<context>
    <name>Grades</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="278"/>
        <source>new</source>
        <translation>新客户</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="372"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="391"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="392"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="393"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="395"/>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="754"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="417"/>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="418"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="427"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="427"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="428"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="428"/>
        <source>Credit notes</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="434"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="435"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="436"/>
        <source>It holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="441"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="442"/>
        <source>Excel or CSV (*.xlsx *.xlsm *.csv)</source>
        <translation>Excel 或 CSV (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="452"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="458"/>
        <source>Cannot read this file: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="473"/>
        <source>%1 rows, %2 columns</source>
        <translation>%1 行，%2 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="475"/>
        <source>read as GB18030 (Chinese Excel CSV)</source>
        <translation>按 GB18030 读取（中文 Excel 导出的 CSV）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="493"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="493"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="494"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="500"/>
        <source>Choose the field each column holds; unmatched columns are left out.</source>
        <translation>为每一列选择对应的字段；未匹配的列不导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="518"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="536"/>
        <source>Required fields not chosen: %1</source>
        <translation>以下必填字段未选择：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="538"/>
        <source>Chosen for two columns: %1</source>
        <translation>被选给了两列：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="539"/>
        <source>Every required field has a column.</source>
        <translation>所有必填字段都有对应的列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="556"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="558"/>
        <source>Reload file</source>
        <translation>重新载入文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="560"/>
        <source>Only rows with problems</source>
        <translation>仅显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="576"/>
        <source>Possible duplicates (imported anyway; merge them later if they are):</source>
        <translation>可能重复（仍会导入；如确为重复，之后可合并）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="615"/>
        <source>Changed: check again before importing.</source>
        <translation>已修改：导入前请重新检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="629"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="632"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="655"/>
        <source>All %1 rows are fine. Nothing has been imported yet: press Import.</source>
        <translation>全部 %1 行均无问题。尚未导入任何数据：请点击“导入”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="673"/>
        <source>%1 of %2 rows have problems (highlighted). Correct them here or in the file (then Reload), and check again. Nothing has been imported.</source>
        <translation>%2 行中有 %1 行有问题（已标出）。请在此处或在文件中更正（然后重新载入），再重新检查。尚未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="693"/>
        <source>row %1 of this file</source>
        <translation>本文件第 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="696"/>
        <source>Row %1 %2 %3 looks like %4 (%5 %6)</source>
        <translation>第 %1 行 %2 %3 与 %4（%5 %6）相似</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="700"/>
        <source>No likely duplicates.</source>
        <translation>没有可能的重复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="719"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="728"/>
        <source>Import cancelled. Nothing has been imported.</source>
        <translation>导入已取消。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="738"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="738"/>
        <source>invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="739"/>
        <source>payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="739"/>
        <source>credit notes</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="740"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="741"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="747"/>
        <source>1. Choose the file</source>
        <translation>1. 选择文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="747"/>
        <source>2. Match the columns</source>
        <translation>2. 匹配列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="748"/>
        <source>3. Check (nothing is written)</source>
        <translation>3. 检查（不写入任何数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="748"/>
        <source>4. Done</source>
        <translation>4. 完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="754"/>
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
        <location filename="../../app/ui/jobs.py" line="175"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs.py" line="176"/>
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
        <location filename="../../app/ui/views/ledger.py" line="383"/>
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="402"/>
        <source>Open items: %1 · overdue %2</source>
        <translation>未结项目：%1 · 逾期 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/ledger.py" line="390"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 张单据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="391"/>
        <source>Opening %1 · Debit %2 · Credit %3 · Closing %4</source>
        <translation>期初 %1 · 借方 %2 · 贷方 %3 · 期末 %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="419"/>
        <source>Posted.</source>
        <translation>已过账。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/ledger.py" line="449"/>
        <source>Select the document to void.</source>
        <translation>请选择要作废的单据。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="39"/>
        <location filename="../../app/ui/dialogs/login.py" line="40"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="39"/>
        <source>Duebook is locked</source>
        <translation>Duebook 已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="40"/>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="53"/>
        <source>Locked after a while without use. Enter your password.</source>
        <translation>一段时间未使用后已锁定。请输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="55"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login.py" line="56"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/ui/main.py" line="76"/>
        <source>Creating the demo company…</source>
        <translation>正在创建演示公司…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>&amp;New company…</source>
        <translation>新建公司(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Open &amp;demo company</source>
        <translation>打开演示公司(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Connect to &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>&amp;Statements…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216"/>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>&amp;Close company</source>
        <translation>关闭公司(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>&amp;New document</source>
        <translation>新建单据(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>&amp;About Duebook</source>
        <translation>关于 Duebook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320"/>
        <source>This company file is open in another Duebook; it was opened read-only.</source>
        <translation>该公司文件已在另一个 Duebook 中打开，现以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>Open company file</source>
        <translation>打开公司文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338"/>
        <source>Duebook company (*.duebook);;All files (*)</source>
        <translation>Duebook 公司文件 (*.duebook);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>The company file is damaged</source>
        <translation>公司文件已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="420"/>
        <source>SQLite found damage in the company file %1:

%2

Do not enter more work in it. Restore the latest backup with File &gt; Backup and restore…, then enter again what was done since that backup.</source>
        <translation>SQLite 在公司文件 %1 中发现损坏：

%2

请不要再在其中录入数据。请通过“文件 &gt; 备份与恢复…”恢复最近的备份，然后重新录入该备份之后所做的工作。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="501"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="502"/>
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>7 天内到期 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="503"/>
        <source>%n broken promise(s)</source>
        <translation>
            <numerusform>未兑现承诺 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="504"/>
        <source>%n contract(s) ending</source>
        <translation>
            <numerusform>合同即将到期 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="505"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>待跟进 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>Reminders: %1 (see Collections)</source>
        <translation>提醒：%1（见“催收”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="523"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="529"/>
        <source>No company open</source>
        <translation>未打开公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="537"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>About Duebook</source>
        <translation>关于 Duebook</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="552"/>
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
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>Ledger</source>
        <translation>往来明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="49"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="318"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_wizard.py" line="320"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="90"/>
        <source>Print preview — %1</source>
        <translation>打印预览 —— %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="99"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="100"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="101"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="102"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="104"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="144"/>
        <source>This PDF cannot be read: %1</source>
        <translation>无法读取此 PDF：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/print_preview.py" line="159"/>
        <source>%Ln page(s) · %1%</source>
        <translation>
            <numerusform>%Ln 页 · %1%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="179"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="186"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_preview.py" line="187"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="59"/>
        <location filename="../../app/ui/dialogs/backup.py" line="97"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="62"/>
        <source>The recovery key is this company&apos;s backup key, locked with a passphrase you choose. With it, a backup can be restored on any computer, even without Duebook (age -d -i recovery-key.age backup.duebak | tar -xz). Print it or keep it apart from this computer, and do not forget the passphrase: nobody can recover it.</source>
        <translation>恢复密钥就是本公司的备份密钥，用您选择的口令加密。有了它，任何电脑都能恢复备份，即使没有 Duebook（age -d -i recovery-key.age backup.duebak | tar -xz）。请打印或与本机分开保管，并牢记口令：任何人都无法找回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="75"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="84"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="85"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="86"/>
        <source>Write to</source>
        <translation>写入到</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="98"/>
        <source>age files (*.age)</source>
        <translation>age 文件 (*.age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="105"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>请选择至少 8 个字符的口令。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="108"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/backup.py" line="111"/>
        <source>Choose where to write the recovery key.</source>
        <translation>请选择恢复密钥的保存位置。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="151"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="155"/>
        <source>next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="172"/>
        <source>Show only these; click again to show all</source>
        <translation>只显示这一类；再点一次显示全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="180"/>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="182"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="183"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="184"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="191"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="205"/>
        <location filename="../../app/ui/views/dashboard.py" line="248"/>
        <source>Double-click a reminder to open the customer&apos;s ledger.</source>
        <translation>双击提醒可打开该客户的往来明细。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="215"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="217"/>
        <source>ends today</source>
        <translation>今天结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="219"/>
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>%n 天后结束</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="221"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="223"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="224"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard.py" line="244"/>
        <source>Double-click a reminder to open the customer&apos;s ledger. The first %1 of each kind are listed here; Collections lists them all.</source>
        <translation>双击提醒可打开该客户的往来明细。这里每类只列出前 %1 条；“催收”页列出全部。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/dashboard.py" line="272"/>
        <source>Nothing to act on in the next %n day(s).</source>
        <translation>
            <numerusform>未来 %n 天内没有需要处理的事项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../app/ui/views/reports.py" line="127"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="133"/>
        <source>faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="133"/>
        <source>slower</source>
        <translation>变慢</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="133"/>
        <source>steady</source>
        <translation>稳定</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/views/reports.py" line="247"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="247"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="248"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="248"/>
        <source>Year to date</source>
        <translation>本年至今</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="249"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="249"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="256"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="260"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="265"/>
        <source>Update value classes</source>
        <translation>更新价值分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="266"/>
        <source>Store every customer&apos;s class A/B/C from the revenue of the twelve months ending at the period&apos;s end</source>
        <translation>按截至期末的十二个月收入，为每个客户保存 A/B/C 分类</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="269"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="270"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="275"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="275"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="349"/>
        <source>Inactive after (days)</source>
        <translation>多少天无交易视为不活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="352"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="413"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="457"/>
        <source>Value classes as of %1: A %2, B %3, C %4</source>
        <translation>截至 %1 的价值分类：A %2，B %3，C %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="480"/>
        <source>Nothing to chart</source>
        <translation>没有可绘制的数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="534"/>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="544"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="544"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="546"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="556"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="561"/>
        <source>Save current view as template…</source>
        <translation>把当前视图另存为模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="566"/>
        <source>Show the whole report</source>
        <translation>显示完整报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="577"/>
        <location filename="../../app/ui/views/reports.py" line="628"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="612"/>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="612"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="624"/>
        <source>Template %1 saved</source>
        <translation>模板 %1 已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="629"/>
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
        <location filename="../../app/ui/dialogs/statement_batch.py" line="192"/>
        <source>Folder for the statements</source>
        <translation>对账单保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="215"/>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="219"/>
        <source>Type at least one customer code.</source>
        <translation>请至少输入一个客户编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="226"/>
        <source>Writing statements…</source>
        <translation>正在生成对账单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="236"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="261"/>
        <source>No customer matched; nothing was written.</source>
        <translation>没有匹配的客户；未生成任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/statement_batch.py" line="263"/>
        <source>%Ln statement(s) written to %1</source>
        <translation>
            <numerusform>已生成 %Ln 份对账单，保存在 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="275"/>
        <source>Cancelled; no statement was kept.</source>
        <translation>已取消；未保留任何对账单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/statement_batch.py" line="290"/>
        <source>Statements — print all</source>
        <translation>对账单 —— 全部打印</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/views/reports.py" line="181"/>
        <source>Save report template</source>
        <translation>保存报表模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="192"/>
        <source>(no filter)</source>
        <translation>（不筛选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="199"/>
        <source>(as the report orders it)</source>
        <translation>（按报表默认顺序）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="203"/>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="206"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="207"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="212"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports.py" line="216"/>
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
    <name>_BackupWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/backup.py" line="35"/>
        <source>Last backup: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>上次备份：%1（%n 天前）</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="227"/>
        <source>%Ln letter(s) dated %1, total due %2.</source>
        <translation>
            <numerusform>%Ln 封函件，日期 %1，应付合计 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="231"/>
        <source>Fees and interest are posted as charges.</source>
        <translation>费用和利息已记为费用单。</translation>
    </message>
</context>
<context>
    <name>_DunningTab</name>
    <message>
        <location filename="../../app/ui/views/collections.py" line="60"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="62"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="63"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="64"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="66"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="67"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="68"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="73"/>
        <source>Start a dunning run…</source>
        <translation>开始催收批次…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="78"/>
        <source>Letters due today, by the dunning levels:</source>
        <translation>按催收级别，今天应发的函件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="94"/>
        <source>No dunning levels yet: set them up under Levels and letters.</source>
        <translation>尚未设置催收级别：请在“催收级别与函件”中设置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/collections.py" line="97"/>
        <source>%Ln letter(s), total due %1</source>
        <translation>
            <numerusform>%Ln 封函件，应付合计 %1</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/dunning_wizard.py" line="187"/>
        <source>%Ln letter(s) written; all of them for printing in %1</source>
        <translation>
            <numerusform>已生成 %Ln 封函件；供打印的合并文件在 %1</numerusform>
        </translation>
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
        <location filename="../../app/ui/views/collections.py" line="162"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="162"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="162"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="163"/>
        <source>Minimum overdue</source>
        <translation>最低逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="163"/>
        <source>Yearly interest %</source>
        <translation>年利率 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="164"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="169"/>
        <source>Add level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="171"/>
        <source>Remove last</source>
        <translation>删除最后一级</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="173"/>
        <source>Save levels</source>
        <translation>保存级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="196"/>
        <source>Placeholders: </source>
        <translation>占位符：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="199"/>
        <source>Save letter text</source>
        <translation>保存函件文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="201"/>
        <source>Back to the built-in text</source>
        <translation>恢复为内置文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="210"/>
        <source>Letter of level:</source>
        <translation>级别对应的函件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="211"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="212"/>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="219"/>
        <source>Dunning levels</source>
        <translation>催收级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="223"/>
        <source>Letter texts</source>
        <translation>函件文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="272"/>
        <source>Level %1: days overdue must be a whole number.</source>
        <translation>级别 %1：逾期天数必须是整数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="278"/>
        <source>Level %1: %2</source>
        <translation>级别 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="284"/>
        <source>Level %1: the yearly interest is a percentage such as 8.</source>
        <translation>第 %1 级：年利率为百分数，例如 8。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="308"/>
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
        <location filename="../../app/ui/views/collections.py" line="117"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="120"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="121"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="122"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="123"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="124"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="125"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="127"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/collections.py" line="134"/>
        <source>Looking ahead:</source>
        <translation>即将到来：</translation>
    </message>
</context>
</TS>
