"""SQLAlchemy models: one module per aggregate. Importing this package registers them all."""

from app.models.alerts import AlertDismissal, AlertFact, AlertState
from app.models.approvals import ApprovalRequest
from app.models.audit import AuditEntry
from app.models.bank import BankAccount, BankCounterparty, BankLine, BankLinePayment
from app.models.base import Base
from app.models.classify import ClassificationRule
from app.models.company import Company, NumberSequence, Setting
from app.models.credit import CreditHold, CreditOverride, GradeHistory
from app.models.customer import Classification, CommunicationEntry, Contact, Customer, CustomerTag
from app.models.day import PromiseOutcomeRecord
from app.models.dunning import DunningLetter, DunningLetterItem, DunningLevel, LetterTemplate
from app.models.ledger import Application, Contract, Document, InvoiceLine, Promise
from app.models.lifecycle import CustomerStage, Feedback, StageHistory
from app.models.orders import SalesOrder, SalesOrderInvoice, SalesOrderLine
from app.models.outbox import OutboxAttachment, OutboxMessage, ScheduleMark
from app.models.totals import CustomerTotals
from app.models.user import ReportTemplate, User

__all__ = [
    "AlertDismissal",
    "AlertFact",
    "AlertState",
    "Application",
    "ApprovalRequest",
    "AuditEntry",
    "BankAccount",
    "BankCounterparty",
    "BankLine",
    "BankLinePayment",
    "Base",
    "Classification",
    "ClassificationRule",
    "CommunicationEntry",
    "Company",
    "Contact",
    "Contract",
    "CreditHold",
    "CreditOverride",
    "Customer",
    "CustomerStage",
    "CustomerTag",
    "CustomerTotals",
    "Document",
    "DunningLetter",
    "DunningLetterItem",
    "DunningLevel",
    "Feedback",
    "GradeHistory",
    "InvoiceLine",
    "LetterTemplate",
    "NumberSequence",
    "OutboxAttachment",
    "OutboxMessage",
    "Promise",
    "PromiseOutcomeRecord",
    "ReportTemplate",
    "SalesOrder",
    "SalesOrderInvoice",
    "SalesOrderLine",
    "ScheduleMark",
    "Setting",
    "StageHistory",
    "User",
]
