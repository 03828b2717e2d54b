import type { SkillDefinition } from "../types";

/**
 * Professional certifications postings ask for or prefer: cloud (AWS, Azure, Google Cloud),
 * Kubernetes and HashiCorp, security, networking, Linux, agile and project management, testing,
 * data platforms and finance/compliance. Each hangs under the skill it certifies. A few already
 * live next to their skill (CISSP, CISM, Security+, CEH, OSCP in security.ts; CCNA/CCNP as
 * aliases of Cisco networking; PMP of project management).
 */
const CERT_CONTEXT = ["certified", "certification", "certifications", "certificate", "certificates", "cert", "certs", "accredited", "credential", "credentials", "exam"];

export const CERTIFICATIONS_SKILLS: SkillDefinition[] = [
  // Kubernetes and cloud native
  { id: "cka", name: "Certified Kubernetes Administrator", aliases: ["CKA", "CKA certification"], category: "infrastructure", parents: ["kubernetes"], ambiguity: { forms: ["CKA"], caseSensitive: true } },
  { id: "ckad", name: "Certified Kubernetes Application Developer", aliases: ["CKAD", "CKAD certification"], category: "infrastructure", parents: ["kubernetes"], ambiguity: { forms: ["CKAD"], caseSensitive: true } },
  { id: "cks", name: "Certified Kubernetes Security Specialist", aliases: ["CKS", "CKS certification"], category: "infrastructure", parents: ["kubernetes", "container-security"], ambiguity: { forms: ["CKS"], caseSensitive: true } },
  { id: "kcna", name: "Kubernetes and Cloud Native Associate", aliases: ["KCNA", "CNCF certifications", "CNCF certification"], category: "infrastructure", parents: ["kubernetes"], ambiguity: { forms: ["KCNA"], caseSensitive: true } },
  { id: "terraform-associate", name: "HashiCorp Certified: Terraform Associate", aliases: ["Terraform Associate", "Terraform certification", "HashiCorp certification", "HashiCorp certifications", "Vault Associate"], category: "infrastructure", parents: ["terraform"] },

  // AWS
  { id: "aws-certifications", name: "AWS certification", aliases: ["AWS certifications", "AWS certified", "AWS-certified", "Amazon Web Services certification", "AWS Certified Cloud Practitioner", "AWS Cloud Practitioner"], category: "cloud", parents: ["amazon-web-services"] },
  { id: "aws-solutions-architect", name: "AWS Certified Solutions Architect", aliases: ["AWS Solutions Architect Associate", "AWS Solutions Architect Professional", "AWS Certified Solutions Architect - Associate", "AWS Certified Solutions Architect - Professional", "AWS SAA", "SAA-C03", "AWS SA Pro"], category: "cloud", parents: ["aws-certifications", "cloud-architecture"] },
  { id: "aws-developer-associate", name: "AWS Certified Developer", aliases: ["AWS Developer Associate", "AWS Certified Developer - Associate"], category: "cloud", parents: ["aws-certifications"] },
  { id: "aws-sysops", name: "AWS Certified SysOps Administrator", aliases: ["AWS SysOps", "AWS SysOps Administrator", "AWS Certified CloudOps Engineer"], category: "cloud", parents: ["aws-certifications"] },
  { id: "aws-devops-professional", name: "AWS Certified DevOps Engineer", aliases: ["AWS DevOps Engineer Professional", "AWS DevOps Professional", "AWS Certified DevOps Engineer - Professional"], category: "cloud", parents: ["aws-certifications", "devops"] },
  { id: "aws-security-specialty", name: "AWS Certified Security - Specialty", aliases: ["AWS Security Specialty", "AWS Certified Security Specialty"], category: "cloud", parents: ["aws-certifications", "cloud-security"] },
  { id: "aws-ml-specialty", name: "AWS Certified Machine Learning", aliases: ["AWS Machine Learning Specialty", "AWS Certified Machine Learning - Specialty", "AWS Certified Machine Learning Engineer", "AWS Certified AI Practitioner"], category: "cloud", parents: ["aws-certifications", "machine-learning"] },
  { id: "aws-data-certification", name: "AWS Certified Data Engineer", aliases: ["AWS Data Engineer Associate", "AWS Certified Data Analytics", "AWS Data Analytics Specialty", "AWS Certified Database - Specialty"], category: "cloud", parents: ["aws-certifications", "data-engineering"] },
  { id: "aws-networking-specialty", name: "AWS Certified Advanced Networking", aliases: ["AWS Advanced Networking Specialty", "AWS Certified Advanced Networking - Specialty"], category: "cloud", parents: ["aws-certifications", "networking"] },

  // Azure
  { id: "azure-certifications", name: "Azure certification", aliases: ["Azure certifications", "Microsoft Azure certification", "Microsoft Certified", "AZ-900", "Azure Fundamentals"], category: "cloud", parents: ["microsoft-azure"] },
  { id: "az-104", name: "Azure Administrator Associate", aliases: ["AZ-104", "Microsoft Certified: Azure Administrator Associate", "Azure Administrator certification"], category: "cloud", parents: ["azure-certifications"] },
  { id: "az-204", name: "Azure Developer Associate", aliases: ["AZ-204", "Microsoft Certified: Azure Developer Associate"], category: "cloud", parents: ["azure-certifications"] },
  { id: "az-305", name: "Azure Solutions Architect Expert", aliases: ["AZ-305", "AZ-303", "AZ-304", "Microsoft Certified: Azure Solutions Architect Expert"], category: "cloud", parents: ["azure-certifications", "cloud-architecture"] },
  { id: "az-400", name: "Azure DevOps Engineer Expert", aliases: ["AZ-400", "Microsoft Certified: DevOps Engineer Expert"], category: "cloud", parents: ["azure-certifications", "devops"] },
  { id: "az-500", name: "Azure Security Engineer Associate", aliases: ["AZ-500", "SC-100", "SC-200", "SC-300"], category: "cloud", parents: ["azure-certifications", "cloud-security"] },
  { id: "dp-203", name: "Azure Data Engineer Associate", aliases: ["DP-203", "DP-600", "DP-700", "DP-100", "Azure Data Scientist Associate", "Fabric Analytics Engineer", "PL-300", "Power BI Data Analyst Associate", "AI-102", "Azure AI Engineer Associate"], category: "cloud", parents: ["azure-certifications", "data-engineering"] },

  // Google Cloud
  { id: "gcp-certifications", name: "Google Cloud certification", aliases: ["Google Cloud certifications", "GCP certification", "GCP certifications", "Google Cloud certified", "Associate Cloud Engineer", "Cloud Digital Leader"], category: "cloud", parents: ["google-cloud-platform"] },
  { id: "gcp-professional-architect", name: "Google Professional Cloud Architect", aliases: ["Professional Cloud Architect", "GCP Professional Cloud Architect", "Professional Cloud DevOps Engineer", "Professional Cloud Security Engineer", "Professional Cloud Network Engineer"], category: "cloud", parents: ["gcp-certifications", "cloud-architecture"] },
  { id: "gcp-professional-data-engineer", name: "Google Professional Data Engineer", aliases: ["Professional Data Engineer", "GCP Professional Data Engineer", "Professional Machine Learning Engineer", "Google Professional Machine Learning Engineer"], category: "cloud", parents: ["gcp-certifications", "data-engineering"] },

  // Data platforms and vendors
  { id: "databricks-certification", name: "Databricks certification", aliases: ["Databricks Certified Data Engineer", "Databricks Certified Data Engineer Associate", "Databricks Certified Data Engineer Professional", "Databricks Certified Machine Learning", "Databricks certifications"], category: "data", parents: ["databricks"] },
  { id: "snowpro", name: "SnowPro", aliases: ["SnowPro Core", "SnowPro Advanced", "Snowflake certification", "Snowflake certifications"], category: "data", parents: ["snowflake"] },
  { id: "salesforce-certification", name: "Salesforce certification", aliases: ["Salesforce certifications", "Salesforce Certified Administrator", "Salesforce Certified Platform Developer", "Salesforce Administrator certification"], category: "tool", parents: ["salesforce"] },
  { id: "oracle-certification", name: "Oracle certification", aliases: ["Oracle Certified Professional", "Oracle Certified Associate", "OCA", "Oracle Java certification", "Java certification", "Oracle Certified Professional Java", "OCPJP", "Oracle Database certification"], category: "tool", parents: ["java"], ambiguity: { forms: ["OCA"], caseSensitive: true, needsContext: ["oracle", "java", "certified", "certification"] } },
  { id: "tableau-certification", name: "Tableau certification", aliases: ["Tableau Desktop Specialist", "Tableau Certified Data Analyst", "Tableau Desktop Certified Associate"], category: "data", parents: ["tableau"] },

  // Security
  { id: "oswe", name: "OSWE", aliases: ["Offensive Security Web Expert", "OffSec Web Expert"], category: "security", parents: ["penetration-testing", "application-security"] },
  { id: "osep", name: "OSEP", aliases: ["Offensive Security Experienced Penetration Tester", "OSED", "OSCE", "OSCE3", "OSEE", "OSDA", "OffSec certifications"], category: "security", parents: ["penetration-testing"] },
  { id: "giac", name: "GIAC certification", aliases: ["GIAC", "GIAC certifications", "GPEN", "GWAPT", "GCIH", "GSEC", "GCIA", "GCFA", "GCFE", "GREM", "GXPN", "GCED", "GMON", "GICSP", "GCSA", "GCLD"], category: "security", parents: ["security"] },
  { id: "cisa", name: "CISA", aliases: ["Certified Information Systems Auditor"], category: "security", parents: ["security-auditing"], ambiguity: { forms: ["CISA"], caseSensitive: true, needsContext: CERT_CONTEXT.concat(["cissp", "cism", "crisc", "isaca", "audit", "auditor"]) } },
  { id: "crisc", name: "CRISC", aliases: ["Certified in Risk and Information Systems Control", "CGEIT", "ISACA certifications"], category: "security", parents: ["security-compliance"] },
  { id: "ccsp", name: "CCSP", aliases: ["Certified Cloud Security Professional", "CCSK", "Certificate of Cloud Security Knowledge", "SSCP", "CSSLP", "Certified Secure Software Lifecycle Professional"], category: "security", parents: ["cloud-security"] },
  { id: "comptia-certifications", name: "CompTIA certifications", aliases: ["CompTIA", "CySA+", "CompTIA CySA+", "PenTest+", "CompTIA PenTest+", "CASP+", "CompTIA CASP+", "Network+", "CompTIA Network+", "CompTIA A+", "A+ certification", "Linux+", "CompTIA Linux+", "Cloud+", "CompTIA Cloud+"], category: "security", parents: ["security"] },
  { id: "crest", name: "CREST certification", aliases: ["CREST", "CREST CRT", "CREST CCT", "CREST registered tester", "CHECK Team Member", "CHECK Team Leader", "eJPT", "eCPPT", "PNPT", "BSCP", "Burp Suite Certified Practitioner"], category: "security", parents: ["penetration-testing"], ambiguity: { forms: ["CREST"], caseSensitive: true } },
  { id: "iso-27001-lead", name: "ISO 27001 Lead Auditor", aliases: ["ISO 27001 Lead Implementer", "ISO/IEC 27001 Lead Auditor"], category: "security", parents: ["iso-27001"] },

  // Networking and systems
  { id: "ccie", name: "CCIE", aliases: ["Cisco Certified Internetwork Expert", "Cisco certifications", "Cisco certification"], category: "infrastructure", parents: ["cisco-networking"] },
  { id: "linux-certifications", name: "Linux certification", aliases: ["RHCSA", "RHCE", "Red Hat Certified System Administrator", "Red Hat Certified Engineer", "Red Hat certification", "LFCS", "LFCE", "LPIC", "LPIC-1", "LPIC-2"], category: "infrastructure", parents: ["linux-system-administration"] },
  { id: "vmware-certification", name: "VMware certification", aliases: ["VCP", "VMware Certified Professional", "VCAP", "VCDX"], category: "infrastructure", parents: ["vmware"], ambiguity: { forms: ["VCP"], caseSensitive: true, needsContext: ["vmware", "vsphere", "certified", "certification", "vcenter"] } },

  // Agile, project and service management, testing
  { id: "scrum-certifications", name: "Scrum certification", aliases: ["Certified ScrumMaster", "Certified Scrum Master", "CSM certification", "CSPO", "Certified Scrum Product Owner", "PSM", "PSM I", "PSM II", "Professional Scrum Master", "PSPO", "Professional Scrum Product Owner", "SAFe certification", "SAFe Agilist", "SAFe SPC", "ICAgile", "PMI-ACP"], category: "practice", parents: ["scrum"], ambiguity: { forms: ["PSM"], caseSensitive: true, needsContext: ["scrum", "agile", "certified", "certification", "csm", "pspo", "scrum master"] } },
  { id: "prince2", name: "PRINCE2", aliases: ["PRINCE2 Practitioner", "PRINCE2 Foundation", "PRINCE2 Agile", "CAPM", "Certified Associate in Project Management", "IPMA certification"], category: "practice", parents: ["project-management"] },
  { id: "itil-certification", name: "ITIL certification", aliases: ["ITIL Foundation", "ITIL v4", "ITIL 4", "ITIL 4 Foundation", "ITIL v3", "ITIL certified", "ITIL Expert"], category: "practice", parents: ["it-service-management"] },
  { id: "istqb", name: "ISTQB", aliases: ["ISTQB certification", "ISTQB Foundation", "ISTQB Foundation Level", "ISTQB Advanced", "ISTQB certified", "CSTE", "Certified Software Tester"], category: "practice", parents: ["quality-assurance"] },
  { id: "cbap", name: "CBAP", aliases: ["Certified Business Analysis Professional", "CCBA", "IIBA certification", "ECBA", "PMI-PBA"], category: "practice", parents: ["business-analysis"] },

  // Finance, compliance and privacy
  { id: "cams", name: "CAMS", aliases: ["Certified Anti-Money Laundering Specialist", "ACAMS", "ACAMS certification", "CGSS", "Certified Global Sanctions Specialist", "ICA diploma", "ICA certificate"], category: "finance", parents: ["anti-money-laundering"], ambiguity: { forms: ["CAMS"], caseSensitive: true } },
  { id: "cfe", name: "Certified Fraud Examiner", aliases: ["CFE", "ACFE", "ACFE certification"], category: "finance", parents: ["fraud-detection"], ambiguity: { forms: ["CFE"], caseSensitive: true, needsContext: CERT_CONTEXT.concat(["fraud", "acfe", "cams", "aml"]) } },
  { id: "cfa", name: "CFA", aliases: ["Chartered Financial Analyst", "CFA charter", "CFA charterholder", "CFA Level I", "CFA Level II", "CFA Level III", "CAIA", "Chartered Alternative Investment Analyst"], category: "finance", parents: ["quantitative-finance"], ambiguity: { forms: ["CFA"], caseSensitive: true } },
  { id: "frm", name: "FRM", aliases: ["Financial Risk Manager", "PRM", "Professional Risk Manager", "CQF", "Certificate in Quantitative Finance"], category: "finance", parents: ["risk-management"], ambiguity: { forms: ["FRM", "PRM"], caseSensitive: true, needsContext: CERT_CONTEXT.concat(["cfa", "risk", "garp", "cqf", "caia"]) } },
  { id: "accounting-qualifications", name: "Accounting qualification", aliases: ["CPA", "Certified Public Accountant", "ACCA", "CIMA", "ACA", "Chartered Accountant", "chartered accountancy", "CMA", "Certified Management Accountant"], category: "finance", parents: ["accounting"], ambiguity: { forms: ["ACA", "CMA", "CPA"], caseSensitive: true, needsContext: CERT_CONTEXT.concat(["accountant", "accounting", "acca", "cima", "audit", "finance", "qualified", "chartered", "cpa", "big four", "big 4"]) } },
  { id: "cipp", name: "CIPP", aliases: ["CIPP/E", "CIPP/US", "CIPM", "CIPT", "IAPP certification", "Certified Information Privacy Professional"], category: "security", parents: ["data-privacy"] },
  { id: "ccep", name: "Compliance certification", aliases: ["CCEP", "Certified Compliance and Ethics Professional", "CRCM", "ICA compliance certificate"], category: "finance", parents: ["regulatory-compliance"], ambiguity: { forms: ["CCEP", "CRCM"], caseSensitive: true } },
];
