<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    </context>
</TS>