<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>the server's data has %1 rows pointing at missing rows (first in table %2); nothing was backed up</source>
        <translation>服务器上的数据有 %1 行指向不存在的行（第一处在表 %2）；未做任何备份</translation>
    </message>
    <message>
        <source>export the backup key</source>
        <translation>导出备份密钥</translation>
    </message>
    <message>
        <source>save report templates</source>
        <translation>保存报表模板</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>修改自己的密码</translation>
    </message>
</context>
</TS>
