<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="48"/>
        <source>The computer ran out of memory.</source>
        <translation>电脑内存不足。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="50"/>
        <source>Duebook was not allowed to read or write a file: %1</source>
        <translation>Duebook 没有权限读取或写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="52"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="54"/>
        <source>A file or device could not be used: %1</source>
        <translation>无法使用文件或设备：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="56"/>
        <source>Duebook met an error in its own program code (a mistake on our side, not yours).</source>
        <translation>Duebook 的程序代码出现错误（这是我们的问题，不是您的操作有误）。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="66"/>
        <source>Duebook ran into a problem</source>
        <translation>Duebook 遇到了问题</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>Something went wrong that Duebook did not expect. What you saved before is safe; the last thing you did may not have been saved.</source>
        <translation>发生了 Duebook 未预料到的错误。之前保存的数据是安全的；您最后一步操作可能没有保存。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="78"/>
        <source>A report was written to:</source>
        <translation>报告已写入：</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="79"/>
        <source>Please send this file to whoever supports your Duebook. It holds no passwords and no customer data beyond customer codes.</source>
        <translation>请把这个文件发给为您提供 Duebook 支持的人。其中没有密码，除客户编号外也没有任何客户数据。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="89"/>
        <source>Open the report folder</source>
        <translation>打开报告所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="91"/>
        <source>Show the report</source>
        <translation>显示报告</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="171"/>
        <source>Duebook stopped unexpectedly the last time it ran. What was saved before is safe.</source>
        <translation>Duebook 上次运行时意外停止。之前保存的数据是安全的。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="172"/>
        <source>The program stopped on a fatal error in native code.</source>
        <translation>程序因底层代码的严重错误而停止。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="33"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="38"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="48"/>
        <source>About Duebook</source>
        <translation>关于 Duebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="50"/>
        <source>Receivables and credit control for the small-business bookkeeper.</source>
        <translation>为小企业会计打造的应收账款与信用管理程序。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="57"/>
        <source>Log files: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="91"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="91"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="91"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="116"/>
        <source>Duebook user guide</source>
        <translation>Duebook 使用指南</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This installation of Duebook cannot open a PostgreSQL server: its server support (duebook[server]) is not installed.</source>
        <translation>此 Duebook 安装无法打开 PostgreSQL 服务器：未安装服务器支持组件（duebook[server]）。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Open the company this backup belongs to, then choose File › Backup and restore › Restore.</source>
        <translation>请先打开此备份所属的公司，然后选择 文件 › 备份与恢复 › 恢复。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>%1 page(s) · %2%</source>
        <translation>%1 页 · %2%</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>fit width</source>
        <translation>适合宽度</translation>
    </message>
</context>
</TS>
