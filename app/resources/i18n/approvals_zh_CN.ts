<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>Approvals</name>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="24" />
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="39" />
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="25" />
            <source>Write-off</source>
            <translation>核销</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="26" />
            <source>Release of a hold</source>
            <translation>解除信用冻结</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="27" />
            <source>Merge of customers</source>
            <translation>合并客户</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="28" />
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="32" />
            <source>Pending</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="33" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="34" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="35" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="40" />
            <source>Warn at</source>
            <translation>预警比例</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="41" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="42" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="43" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="44" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="45" />
            <source>Holds</source>
            <translation>冻结</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="46" />
            <source>Released</source>
            <translation>已解除</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="47" />
            <source>Kept customer</source>
            <translation>保留的客户</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="48" />
            <source>Merged customer</source>
            <translation>被合并的客户</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="49" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="50" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="51" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="82" />
            <source>no limit</source>
            <translation>无额度限制</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="84" />
            <source>(removed)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="106" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="106" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="114" />
            <source>1 request waits for approval</source>
            <translation>1 项申请待审批</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="115" />
            <source>%1 requests wait for approval</source>
            <translation>%1 项申请待审批</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="120" />
            <source>Saved as a request for approval (request %1). It is applied when an approver accepts it on the Requests page.</source>
            <translation>已保存为审批申请（申请 %1）。审批人在“审批申请”页面批准后才会生效。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/dialogs/approval_notice.py" line="17" />
            <source>Saved as a request</source>
            <translation>已保存为申请</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="127" />
            <source>Approval asked</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="128" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="129" />
            <source>Approved change applied</source>
            <translation>批准的变更已生效</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="130" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="132" />
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="133" />
            <source>Request for approval</source>
            <translation>审批申请</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="135" />
            <source>Request %1 made: %2 of %3, waiting for an approver: %4</source>
            <translation>已提交申请 %1：%3 的%2，等待审批：%4</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="136" />
            <source>Request %1 (%2 of %3, asked by %4) approved</source>
            <translation>申请 %1（%3 的%2，由 %4 提交）已批准</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="137" />
            <source>Request %1 applied: %2 of %3</source>
            <translation>申请 %1 已生效：%3 的%2</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="138" />
            <source>Request %1 (%2 of %3, asked by %4) rejected: %5</source>
            <translation>申请 %1（%3 的%2，由 %4 提交）已驳回：%5</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_text.py" line="21" />
            <source>Requests</source>
            <translation>审批申请</translation>
        </message>
    </context>
    <context>
        <name>PendingRequests</name>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/approvals_status.py" line="29" />
            <source>Open the Requests page</source>
            <translation>打开“审批申请”页面</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="54" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="59" />
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="60" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="61" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="62" />
            <source>Of</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="63" />
            <source>Asked by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="64" />
            <source>Asked on</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="65" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="83" />
            <source>Why is it rejected? (needed to reject; kept with the request)</source>
            <translation>驳回原因（驳回时必填，随申请保存）</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="84" />
            <source>Approve and apply</source>
            <translation>批准并生效</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="87" />
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="127" />
            <source>When a change needs approval (with users on)</source>
            <translation>需要审批的变更（启用用户时）</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="137" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="139" />
            <source>A credit limit raised by more than</source>
            <translation>信用额度提高超过</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="140" />
            <source>A write-off above</source>
            <translation>核销金额超过</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="141" />
            <source>A void of a document older than</source>
            <translation>作废单据早于</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="144" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="149" />
            <source>Releasing a hold and merging customers always need approval. A user with the approver right (administrator, accountant) applies changes at once.</source>
            <translation>解除信用冻结和合并客户始终需要审批。拥有审批权限的用户（管理员、会计）所做的变更立即生效。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="172" />
            <source>Not an amount, e.g. 10,000.00</source>
            <translation>不是有效金额，例如 10,000.00</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="177" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="188" />
            <source>Users are off: every change applies at once, there is nothing to approve.</source>
            <translation>未启用用户：所有变更立即生效，无需审批。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="190" />
            <source>You may approve or reject the requests of others.</source>
            <translation>您可以批准或驳回他人的申请。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="192" />
            <source>Your large changes wait here until an approver accepts them.</source>
            <translation>您的重大变更在此等待审批人批准。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="199" />
            <source>No requests here.</source>
            <translation>此处没有申请。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="229" />
            <source>Request %1</source>
            <translation>申请 %1</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="230" />
            <source>Before</source>
            <translation>变更前</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="230" />
            <source>After</source>
            <translation>变更后</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="233" />
            <source>Asked by %1 on %2</source>
            <translation>由 %1 于 %2 提交</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="237" />
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="247" />
            <source>Approved by %1 on %2</source>
            <translation>由 %1 于 %2 批准</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="248" />
            <source>Rejected by %1 on %2</source>
            <translation>由 %1 于 %2 驳回</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="263" />
            <source>Request %1 approved and applied.</source>
            <translation>申请 %1 已批准并生效。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="278" />
            <source>Say why the request is rejected.</source>
            <translation>请说明驳回申请的原因。</translation>
        </message>
        <message>
            <location filename="../../work/wt/approvals/app/ui/views/requests.py" line="285" />
            <source>Request %1 rejected; nothing was changed.</source>
            <translation>申请 %1 已驳回，未做任何变更。</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Limit raise needing approval</source>
            <translation>需审批的额度提高幅度</translation>
        </message>
        <message>
            <source>Write-off needing approval</source>
            <translation>需审批的核销金额</translation>
        </message>
        <message>
            <source>Void of documents older than (days)</source>
            <translation>作废超过以下天数的单据（天）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>You asked for this change: another approver must accept or reject it.</source>
            <translation>此变更由您提出：须由另一位审批人批准或驳回。</translation>
        </message>
        <message>
            <source>This request was already accepted or rejected.</source>
            <translation>此申请已被批准或驳回。</translation>
        </message>
        <message>
            <source>say why the request is rejected</source>
            <translation>请说明驳回申请的原因</translation>
        </message>
        <message>
            <source>a whole number of days from 0 to 36600</source>
            <translation>0 到 36600 之间的整数天数</translation>
        </message>
        <message>
            <source>request %1 is of an unknown kind %2 (one of %3)</source>
            <translation>申请 %1 的类型 %2 未知（应为 %3 之一）</translation>
        </message>
        <message>
            <source>Request for approval</source>
            <translation>审批申请</translation>
        </message>
        <message>
            <source>ask for a change to be approved</source>
            <translation>提交变更审批申请</translation>
        </message>
        <message>
            <source>approve or reject requests</source>
            <translation>批准或驳回申请</translation>
        </message>
        <message>
            <source>This change needs an approver: ask for it as a request (the dialog of the change does so).</source>
            <translation>此变更需要审批人批准：请以申请方式提交（该变更的对话框会自动提交申请）。</translation>
        </message>
    </context>
</TS>