<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>FeedbackTab</name>
    <message numerus="yes">
      <source>Average satisfaction: %1 of 5 (%n entry(s))</source>
      <translation><numerusform>Average satisfaction: %1 of 5 (%n entry)</numerusform><numerusform>Average satisfaction: %1 of 5 (%n entries)</numerusform></translation>
    </message>
  </context>
  <context>
    <name>ReportModel</name>
    <message numerus="yes">
      <source>%1 (%n customer(s))</source>
      <translation><numerusform>%1 (%n customer)</numerusform><numerusform>%1 (%n customers)</numerusform></translation>
    </message>
  </context>
</TS>
