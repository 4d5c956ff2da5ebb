import { TABLE_NAMES, type TableName } from '../../model';

/**
 * A small hand-made PIO data set for the indicator tests: every canonical table, few enough rows
 * to count every indicator by hand. Calls of 2020 and 2021, data up to mid 2022; the evaluation
 * reference date 2021-12-31 cuts through it. Comments mark the rows that exist to exercise a rule.
 */

const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const FIXTURE_CSV: Record<TableName, string> = {
  calls: csv(
    'call_id,year,call_type,theme,deadline,budget_eur',
    'CALL-2020-OPEN-1,2020,open,all,2020-05-14,2500000.00',
    'CALL-2020-THEM-1,2020,thematic,circular_economy_energy_transition,2020-12-15,1000000.00',
    'CALL-2021-OPEN-1,2021,open,all,2021-05-12,2500000.00',
    'CALL-2021-OPEN-2,2021,open,all,2021-10-20,2500000.00',
  ),

  organisations: csv(
    'org_id,name,org_type,gov_level,province',
    'ORG-0001,Stad Gent,municipality,local,oost_vlaanderen',
    'ORG-0002,Stad Antwerpen,municipality,local,antwerpen',
    'ORG-0003,OCMW Brugge,ocmw,local,west_vlaanderen',
    'ORG-0004,Limburg.net,intermunicipal,local,limburg',
    'ORG-0005,Departement Mobiliteit en Openbare Werken,department,flemish,brussels',
    'ORG-0006,Vlaams Energie- en Klimaatagentschap,flemish_agency,flemish,brussels',
    'ORG-0007,Provincie Limburg,province,provincial,limburg',
    'ORG-0008,AZ Groeninge,hospital,other,west_vlaanderen',
    'ORG-0009,Woonzorgcentrum De Linde,care,other,antwerpen',
    'ORG-0010,Hogeschool Gent,education,other,oost_vlaanderen',
    'ORG-0011,De Watergroep,other,other,vlaams_brabant',
  ),

  // Two reference years: 2020 (total 1000) is the frame up to 2021, 2022 (total 970) after.
  population_frame: csv(
    'org_type,n_orgs,ref_year',
    'department,10,2020',
    'flemish_agency,40,2020',
    'province,5,2020',
    'municipality,300,2020',
    'ocmw,300,2020',
    'intermunicipal,100,2020',
    'hospital,50,2020',
    'care,100,2020',
    'education,50,2020',
    'other,45,2020',
    'department,10,2022',
    'flemish_agency,40,2022',
    'province,5,2022',
    'municipality,285,2022',
    'ocmw,285,2022',
    'intermunicipal,100,2022',
    'hospital,50,2022',
    'care,100,2022',
    'education,50,2022',
    'other,45,2022',
  ),

  applications: csv(
    'application_id,call_id,lead_org_id,title,theme,submitted_on,decision,decided_on',
    'APP-2020-001,CALL-2020-OPEN-1,ORG-0001,Digitaal loket met spraakherkenning,digitalisation,2020-05-10,eligible,2020-06-15',
    'APP-2020-002,CALL-2020-OPEN-1,ORG-0005,Emissievrije bestelwagens,mobility,2020-05-12,eligible,2020-06-15',
    'APP-2020-003,CALL-2020-OPEN-1,ORG-0003,Zorgrobot voor thuiszorg,care,2020-05-13,ineligible,2020-06-15',
    // Withdrawn: decided, counts as not successful in A4.
    'APP-2020-004,CALL-2020-OPEN-1,ORG-0007,Slimme verkeerslichten,mobility,2020-05-14,withdrawn,2020-06-01',
    'APP-2020-005,CALL-2020-OPEN-1,ORG-0011,Lekdetectie in waterleidingen,water,2020-05-14,eligible,2020-06-15',
    'APP-2020-006,CALL-2020-THEM-1,ORG-0004,Circulaire bouwmaterialen,circular_economy,2020-12-10,eligible,2021-02-01',
    'APP-2020-007,CALL-2020-THEM-1,ORG-0002,Warmtepompen voor sociale woningen,energy_transition,2020-12-14,ineligible,2021-02-01',
    'APP-2021-001,CALL-2021-OPEN-1,ORG-0001,Chatbot voor burgervragen,digitalisation,2021-05-10,eligible,2021-06-20',
    'APP-2021-002,CALL-2021-OPEN-1,ORG-0008,Valdetectie op de afdeling,care,2021-05-11,eligible,2021-06-20',
    'APP-2021-003,CALL-2021-OPEN-1,ORG-0009,Slimme medicatiekast,care,2021-05-12,ineligible,2021-06-20',
    // Pending: no decision yet, out of A4's denominator; the last submission in the data (A7).
    'APP-2021-004,CALL-2021-OPEN-2,ORG-0002,Digitale tweeling van de haven,digitalisation,2021-10-20,pending,',
    // Found eligible after 2021-12-31: not yet a project at the reference date.
    'APP-2021-005,CALL-2021-OPEN-2,ORG-0006,Warmtenet op restwarmte,energy_transition,2021-10-19,eligible,2022-01-20',
    'APP-2021-006,CALL-2021-OPEN-2,ORG-0010,Adaptief leerplatform,education,2021-10-15,withdrawn,2021-11-05',
  ),

  projects: csv(
    'project_id,application_id,title,theme,procedure,status,started_on,ended_on,pio_cofin_committed_eur,pio_cofin_paid_eur',
    // Completed before 2021-12-31.
    'PIO-2020-001,APP-2020-001,Digitaal loket met spraakherkenning,digitalisation,pcp,completed,2020-07-01,2021-06-30,300000.00,150000.00',
    // Completed after 2021-12-31: still ongoing at the reference date.
    'PIO-2020-002,APP-2020-002,Emissievrije bestelwagens,mobility,ppi,completed,2020-06-20,2022-03-31,500000.00,250000.00',
    // Completed after the preparation phase only: no tender, not deployed.
    'PIO-2020-003,APP-2020-005,Lekdetectie in waterleidingen,water,ppi,completed,2020-08-01,2021-03-31,30000.00,25000.00',
    'PIO-2020-004,APP-2020-006,Circulaire bouwmaterialen,circular_economy,innovation_partnership,stopped,2021-02-15,2021-09-30,400000.00,60000.00',
    'PIO-2021-001,APP-2021-001,Chatbot voor burgervragen,digitalisation,competitive_dialogue,running,2021-06-25,,400000.00,100000.00',
    'PIO-2021-002,APP-2021-002,Valdetectie op de afdeling,care,negotiated,running,2021-07-01,,200000.00,40000.00',
    // Nothing paid yet: an empty paid amount.
    'PIO-2021-003,APP-2021-005,Warmtenet op restwarmte,energy_transition,other,preparing,2022-02-01,,25000.00,',
  ),

  // ORG-0001 buys in two projects: the one repeat buyer.
  project_buyers: csv(
    'project_id,org_id,role',
    'PIO-2020-001,ORG-0001,lead',
    'PIO-2020-001,ORG-0003,partner',
    'PIO-2020-002,ORG-0005,lead',
    'PIO-2020-003,ORG-0011,lead',
    'PIO-2020-004,ORG-0004,lead',
    'PIO-2020-004,ORG-0002,partner',
    'PIO-2021-001,ORG-0001,lead',
    'PIO-2021-002,ORG-0008,lead',
    'PIO-2021-002,ORG-0009,partner',
    'PIO-2021-003,ORG-0006,lead',
  ),

  market_consultations: csv(
    'consultation_id,project_id,held_on,format,n_companies,n_research_orgs',
    'MC-0001,PIO-2020-001,2020-07-20,rfi,8,1',
    'MC-0002,PIO-2020-002,2020-09-10,open_session,12,0',
    'MC-0003,PIO-2020-003,2020-11-15,rfi,6,0',
    'MC-0004,PIO-2020-004,2021-03-01,workshop,5,2',
    'MC-0005,PIO-2021-001,2021-07-15,one_to_one,3,0',
    'MC-0006,PIO-2021-002,2021-09-20,online,6,1',
    'MC-0007,PIO-2021-003,2022-04-05,online,9,',
  ),

  tenders: csv(
    'tender_id,project_id,published_on,awarded_on,estimated_value_eur,awarded_value_eur,n_bids',
    'TND-0001,PIO-2020-001,2020-09-01,2020-12-01,400000.00,380000.00,3',
    // A single bid.
    'TND-0002,PIO-2020-002,2020-10-15,2021-02-15,600000.00,650000.00,1',
    'TND-0003,PIO-2020-004,2021-04-01,2021-06-15,300000.00,290000.00,2',
    // Published before 2021-12-31, awarded after it.
    'TND-0004,PIO-2021-001,2021-09-01,2022-01-25,500000.00,480000.00,4',
    'TND-0005,PIO-2021-002,2022-01-10,2022-04-01,250000.00,240000.00,2',
  ),

  companies: csv(
    'company_id,name,size_class,region,country,founded_year,is_research_org',
    // Four years old at its first award (2020), six at its second (2022).
    'CMP-0001,Spraakwerk BV,small,flanders,BE,2016,false',
    'CMP-0002,Vlaamse Voertuigbouw NV,large,flanders,BE,1965,false',
    // A start-up: three years old at its award.
    'CMP-0003,Recyclo BV,micro,flanders,BE,2018,false',
    'CMP-0004,Carelink SRL,medium,brussels,BE,2005,false',
    'CMP-0005,Dutch Dialogue Systems BV,large,abroad,NL,1990,false',
    // A research organisation: never counted as a company.
    'CMP-0006,Onderzoeksgroep Spraaktechnologie,large,flanders,BE,1817,true',
    // Founding year unknown: out of B14.
    'CMP-0007,Matériaux Circulaires SA,small,wallonia,BE,,false',
    'CMP-0008,Heizwerk GmbH,micro,abroad,DE,2019,false',
  ),

  participations: csv(
    'project_id,tender_id,company_id,stage,role,value_eur,on_date',
    'PIO-2020-001,,CMP-0001,consultation,lead,,2020-07-20',
    'PIO-2020-001,,CMP-0002,consultation,lead,,2020-07-20',
    'PIO-2020-001,,CMP-0006,consultation,lead,,2020-07-20',
    'PIO-2020-001,TND-0001,CMP-0001,bid,lead,,2020-10-15',
    'PIO-2020-001,TND-0001,CMP-0002,bid,lead,,2020-10-15',
    'PIO-2020-001,TND-0001,CMP-0005,bid,lead,,2020-10-15',
    'PIO-2020-001,TND-0001,CMP-0001,award,lead,300000.00,2020-12-01',
    'PIO-2020-001,TND-0001,CMP-0006,award,partner,80000.00,2020-12-01',
    'PIO-2020-002,,CMP-0002,consultation,lead,,2020-09-10',
    'PIO-2020-002,,CMP-0004,consultation,lead,,2020-09-10',
    'PIO-2020-002,TND-0002,CMP-0002,bid,lead,,2020-12-01',
    'PIO-2020-002,TND-0002,CMP-0002,award,lead,650000.00,2021-02-15',
    'PIO-2020-003,,CMP-0002,consultation,lead,,2020-11-15',
    'PIO-2020-004,,CMP-0003,consultation,lead,,2021-03-01',
    'PIO-2020-004,,CMP-0007,consultation,lead,,2021-03-01',
    'PIO-2020-004,TND-0003,CMP-0003,bid,lead,,2021-05-10',
    'PIO-2020-004,TND-0003,CMP-0007,bid,lead,,2021-05-10',
    'PIO-2020-004,TND-0003,CMP-0003,award,lead,200000.00,2021-06-15',
    'PIO-2020-004,TND-0003,CMP-0007,award,partner,90000.00,2021-06-15',
    'PIO-2021-001,,CMP-0001,consultation,lead,,2021-07-15',
    'PIO-2021-001,,CMP-0008,consultation,lead,,2021-07-15',
    'PIO-2021-001,TND-0004,CMP-0001,bid,lead,,2021-11-15',
    'PIO-2021-001,TND-0004,CMP-0004,bid,lead,,2021-11-15',
    'PIO-2021-001,TND-0004,CMP-0005,bid,lead,,2021-11-15',
    'PIO-2021-001,TND-0004,CMP-0008,bid,lead,,2021-11-15',
    'PIO-2021-001,TND-0004,CMP-0005,award,lead,400000.00,2022-01-25',
    'PIO-2021-001,TND-0004,CMP-0001,award,partner,80000.00,2022-01-25',
    'PIO-2021-002,,CMP-0004,consultation,lead,,2021-09-20',
    'PIO-2021-002,TND-0005,CMP-0004,bid,lead,,2022-03-01',
    'PIO-2021-002,TND-0005,CMP-0001,bid,lead,,2022-03-01',
    'PIO-2021-002,TND-0005,CMP-0004,award,lead,240000.00,2022-04-01',
    'PIO-2021-003,,CMP-0008,consultation,lead,,2022-04-05',
  ),

  milestones: csv(
    'project_id,milestone,reached_on,trl',
    'PIO-2020-001,needs_analysis,2020-07-10,2',
    'PIO-2020-001,market_consultation,2020-07-20,',
    'PIO-2020-001,tender_published,2020-09-01,',
    'PIO-2020-001,contract_signed,2020-12-01,3',
    'PIO-2020-001,prototype,2021-03-01,6',
    // Validated and deployed on the same day: deployed is read as the later one.
    'PIO-2020-001,validated,2021-06-30,7',
    'PIO-2020-001,deployed,2021-06-30,8',
    'PIO-2020-001,scaled,2022-03-15,9',
    'PIO-2020-002,needs_analysis,2020-06-30,6',
    'PIO-2020-002,market_consultation,2020-09-10,',
    'PIO-2020-002,tender_published,2020-10-15,',
    'PIO-2020-002,contract_signed,2021-02-15,7',
    'PIO-2020-002,validated,2021-11-30,8',
    'PIO-2020-002,deployed,2022-03-31,9',
    'PIO-2020-003,needs_analysis,2020-09-01,5',
    'PIO-2020-003,market_consultation,2020-11-15,5',
    'PIO-2020-004,needs_analysis,2021-02-20,3',
    'PIO-2020-004,market_consultation,2021-03-01,',
    'PIO-2020-004,tender_published,2021-04-01,',
    'PIO-2020-004,contract_signed,2021-06-15,',
    // The TRL at the stop is the project's last TRL: its only other one is at needs_analysis.
    'PIO-2020-004,stopped,2021-09-30,4',
    'PIO-2021-001,needs_analysis,2021-06-25,4',
    'PIO-2021-001,market_consultation,2021-07-15,',
    'PIO-2021-001,tender_published,2021-09-01,',
    'PIO-2021-001,contract_signed,2022-01-25,4',
    'PIO-2021-001,prototype,2022-06-01,6',
    // A single milestone with a TRL: no TRL gain.
    'PIO-2021-002,needs_analysis,2021-07-01,5',
    'PIO-2021-002,market_consultation,2021-09-20,',
    'PIO-2021-002,tender_published,2022-01-10,',
    'PIO-2021-002,contract_signed,2022-04-01,',
    'PIO-2021-003,needs_analysis,2022-03-01,2',
    'PIO-2021-003,market_consultation,2022-04-05,',
  ),

  follow_ons: csv(
    'project_id,company_id,buyer_org_id,same_buyer,value_eur,signed_on',
    'PIO-2020-001,CMP-0001,ORG-0001,true,120000.00,2021-09-01',
    // Another buyer takes the deployed solution up: scaling, after the reference date.
    'PIO-2020-001,CMP-0001,ORG-0002,false,150000.00,2022-03-15',
    'PIO-2020-002,CMP-0002,ORG-0005,true,200000.00,2022-06-01',
  ),

  activities: csv(
    'activity_id,held_on,kind,title',
    'ACT-0001,2019-11-20,info_session,Infosessie open oproep 2020',
    'ACT-0002,2020-03-10,workshop,Workshop behoefteanalyse',
    'ACT-0003,2020-09-15,webinar,Webinar thematische oproep',
    // Its 12-month window closes after the last application in the data: out of A7.
    'ACT-0004,2021-03-18,network_event,Netwerkevent innovatieve aankopers',
    'ACT-0005,2022-02-10,training,Opleiding marktconsultatie',
  ),

  activity_attendance: csv(
    'activity_id,org_id,company_id,persons',
    'ACT-0001,ORG-0001,,2',
    'ACT-0001,ORG-0003,,1',
    // Applies 23 months later (2021-10-19): not converted.
    'ACT-0001,ORG-0006,,1',
    'ACT-0001,,CMP-0001,1',
    'ACT-0002,ORG-0007,,1',
    // Applies 19 months later (2021-10-15): not converted.
    'ACT-0002,ORG-0010,,2',
    'ACT-0003,ORG-0002,,3',
    // Applies 13 months later (2021-10-19): still not converted.
    'ACT-0003,ORG-0006,,1',
    'ACT-0003,,CMP-0004,2',
    'ACT-0004,ORG-0009,,1',
    'ACT-0004,ORG-0005,,2',
    'ACT-0005,ORG-0004,,2',
    'ACT-0005,,CMP-0003,1',
  ),

  web_metrics: csv(
    'month,page_views,unique_visitors,downloads',
    '2021-01-01,1000,400,50',
    '2021-04-01,1200,500,60',
    '2021-07-01,800,300,40',
    '2021-10-01,1600,600,70',
    '2022-01-01,2000,900,100',
    '2022-04-01,2500,1000,130',
  ),

  eu_projects: csv(
    'eu_project_id,acronym,programme,instrument,started_on,ended_on,eu_contribution_eur',
    'EU-H2020-871001,CITYPROC,h2020,pcp,2019-01-01,2022-06-30,3000000.00',
    'EU-H2020-101001,GREENBUY-PPI,h2020,ppi,2021-03-01,,4000000.00',
    // A coordination and support action: out of A8 and OD4.
    'EU-H2020-101002,PROCURE-NET,h2020,csa,2020-06-01,2022-05-31,1500000.00',
    // Started after 2021-12-31.
    'EU-HE-101101,HEALTHPCP,horizon_europe,pcp,2022-10-01,,5000000.00',
  ),

  eu_participations: csv(
    'eu_project_id,org_id,role,pio_supported,eu_contribution_eur',
    'EU-H2020-871001,ORG-0001,procurer,true,400000.00',
    'EU-H2020-871001,ORG-0006,procurer,false,300000.00',
    'EU-H2020-101001,ORG-0005,lead_procurer,true,500000.00',
    // ORG-0001 again, this time without PIO support.
    'EU-H2020-101001,ORG-0001,procurer,false,200000.00',
    'EU-H2020-101002,ORG-0010,partner,true,100000.00',
    'EU-HE-101101,ORG-0008,procurer,false,250000.00',
    // An observer without EU contribution.
    'EU-HE-101101,ORG-0002,observer,false,',
  ),

  surveys: csv(
    'survey_id,name,audience,fieldwork_start,fieldwork_end,population_n',
    'SRV-2021-BUYER,Bevraging aankopende besturen 2021,buyer,2021-05-10,2021-06-11,9',
    'SRV-2021-COMPANY,Bevraging bedrijven 2021,company,2021-09-01,2021-09-30,8',
    'SRV-2021-STAKEHOLDER,Stakeholderbevraging 2021,stakeholder,2021-11-02,2021-11-30,6',
    // Fieldwork after the reference date: the latest buyer wave only without one.
    'SRV-2022-BUYER,Bevraging aankopende besturen 2022,buyer,2022-05-09,2022-06-10,10',
  ),

  respondents: csv(
    'survey_id,respondent_id,disposition,project_id,org_id,company_id,submitted_at',
    'SRV-2021-BUYER,B21-01,complete,PIO-2020-001,ORG-0001,,2021-05-20 10:15:00',
    'SRV-2021-BUYER,B21-02,complete,PIO-2020-001,ORG-0003,,2021-05-21 09:00:00',
    'SRV-2021-BUYER,B21-03,complete,PIO-2020-002,ORG-0005,,2021-05-25 14:30:00',
    'SRV-2021-BUYER,B21-04,partial,PIO-2020-004,ORG-0004,,2021-06-01 11:00:00',
    'SRV-2021-BUYER,B21-05,complete,PIO-2020-003,ORG-0011,,2021-06-02',
    'SRV-2021-BUYER,B21-06,refusal,PIO-2020-004,ORG-0002,,',
    'SRV-2021-BUYER,B21-07,noncontact,,,,',
    'SRV-2021-BUYER,B21-08,unknown,,,,',
    // Invited by mistake (not a buyer): left out of RR1.
    'SRV-2021-BUYER,B21-09,ineligible,,ORG-0007,,',
    'SRV-2021-COMPANY,C21-01,complete,PIO-2020-001,,CMP-0001,2021-09-05 10:00:00',
    'SRV-2021-COMPANY,C21-02,complete,PIO-2020-002,,CMP-0002,2021-09-06 16:20:00',
    'SRV-2021-COMPANY,C21-03,complete,PIO-2020-004,,CMP-0003,2021-09-07 08:10:00',
    'SRV-2021-COMPANY,C21-04,partial,PIO-2020-004,,CMP-0007,2021-09-08 12:00:00',
    // Answered before its award of 2022-01-25: at stage bid.
    'SRV-2021-COMPANY,C21-05,complete,PIO-2020-001,,CMP-0005,2021-09-09 13:45:00',
    // No timestamp: its stage is the furthest by the end of fieldwork (consultation), not the
    // bid of 2021-11-15 or the award of 2022-04-01.
    'SRV-2021-COMPANY,C21-06,complete,PIO-2020-002,,CMP-0004,',
    'SRV-2021-COMPANY,C21-07,complete,PIO-2021-001,,CMP-0008,2021-09-10 09:05:00',
    'SRV-2021-COMPANY,C21-08,refusal,PIO-2020-001,,CMP-0006,',
    'SRV-2021-STAKEHOLDER,S21-01,complete,,ORG-0010,,2021-11-05 09:30:00',
    'SRV-2021-STAKEHOLDER,S21-02,complete,,,,2021-11-08 15:00:00',
    'SRV-2021-STAKEHOLDER,S21-03,partial,,,,2021-11-10 08:45:00',
    'SRV-2021-STAKEHOLDER,S21-04,refusal,,,,',
    'SRV-2021-STAKEHOLDER,S21-05,noncontact,,,,',
    'SRV-2021-STAKEHOLDER,S21-06,ineligible,,,,',
    'SRV-2022-BUYER,B22-01,complete,PIO-2020-001,ORG-0001,,2022-05-12 10:00:00',
    'SRV-2022-BUYER,B22-02,complete,PIO-2020-001,ORG-0003,,2022-05-13 11:00:00',
    'SRV-2022-BUYER,B22-03,complete,PIO-2020-002,ORG-0005,,2022-05-16 09:30:00',
    'SRV-2022-BUYER,B22-04,complete,PIO-2020-003,ORG-0011,,2022-05-17 14:00:00',
    'SRV-2022-BUYER,B22-05,complete,PIO-2020-004,ORG-0004,,2022-05-18 10:30:00',
    'SRV-2022-BUYER,B22-06,complete,PIO-2021-001,ORG-0001,,2022-05-20 16:00:00',
    'SRV-2022-BUYER,B22-07,partial,PIO-2021-002,ORG-0008,,2022-05-23 08:00:00',
    'SRV-2022-BUYER,B22-08,refusal,PIO-2020-004,ORG-0002,,',
    'SRV-2022-BUYER,B22-09,noncontact,PIO-2021-002,ORG-0009,,',
    // A project still preparing: not in scope of the wave.
    'SRV-2022-BUYER,B22-10,ineligible,PIO-2021-003,ORG-0006,,',
  ),

  questions: csv(
    'survey_id,question_code,text_nl,text_en,scale',
    ...['SRV-2021-BUYER', 'SRV-2022-BUYER'].flatMap((s) => [
      `${s},SAT_OVERALL,Algemene tevredenheid,Overall satisfaction,likert5`,
      `${s},NPS,Aanbevelen aan een collega,Recommend to a colleague,nps11`,
      `${s},SAT_COACHING,Kwaliteit van de coaching,Quality of the coaching,likert5`,
      `${s},ADDITIONALITY,Zonder PIO hadden we,Without PIO we would have,category`,
      `${s},SERVICES_USED,Gebruikte diensten,Services used,multi`,
    ]),
    ...['SRV-2021-COMPANY', 'SRV-2021-STAKEHOLDER'].flatMap((s) => [
      `${s},SAT_OVERALL,Algemene tevredenheid,Overall satisfaction,likert5`,
      `${s},NPS,Aanbevelen aan een collega,Recommend to a colleague,nps11`,
    ]),
  ),

  answers: csv(
    'survey_id,respondent_id,question_code,value_num,value_text,not_applicable',
    'SRV-2021-BUYER,B21-01,SAT_OVERALL,4,,false',
    'SRV-2021-BUYER,B21-01,NPS,9,,false',
    'SRV-2021-BUYER,B21-01,SAT_COACHING,5,,false',
    'SRV-2021-BUYER,B21-01,ADDITIONALITY,,later,false',
    'SRV-2021-BUYER,B21-01,SERVICES_USED,,coaching,false',
    'SRV-2021-BUYER,B21-01,SERVICES_USED,,cofinancing,false',
    'SRV-2021-BUYER,B21-02,SAT_OVERALL,5,,false',
    'SRV-2021-BUYER,B21-02,NPS,10,,false',
    'SRV-2021-BUYER,B21-02,SAT_COACHING,,,true',
    'SRV-2021-BUYER,B21-02,ADDITIONALITY,,same,false',
    'SRV-2021-BUYER,B21-03,SAT_OVERALL,2,,false',
    'SRV-2021-BUYER,B21-03,NPS,5,,false',
    'SRV-2021-BUYER,B21-03,SAT_COACHING,3,,false',
    'SRV-2021-BUYER,B21-03,ADDITIONALITY,,not_done,false',
    // A partial respondent's answer counts.
    'SRV-2021-BUYER,B21-04,SAT_OVERALL,4,,false',
    'SRV-2021-BUYER,B21-05,SAT_OVERALL,3,,false',
    'SRV-2021-BUYER,B21-05,NPS,7,,false',
    'SRV-2021-BUYER,B21-05,ADDITIONALITY,,same,false',
    'SRV-2021-COMPANY,C21-01,SAT_OVERALL,5,,false',
    'SRV-2021-COMPANY,C21-01,NPS,9,,false',
    'SRV-2021-COMPANY,C21-02,SAT_OVERALL,4,,false',
    'SRV-2021-COMPANY,C21-02,NPS,8,,false',
    'SRV-2021-COMPANY,C21-03,SAT_OVERALL,4,,false',
    'SRV-2021-COMPANY,C21-03,NPS,10,,false',
    'SRV-2021-COMPANY,C21-04,SAT_OVERALL,3,,false',
    'SRV-2021-COMPANY,C21-05,SAT_OVERALL,2,,false',
    'SRV-2021-COMPANY,C21-05,NPS,4,,false',
    'SRV-2021-COMPANY,C21-06,SAT_OVERALL,4,,false',
    'SRV-2021-COMPANY,C21-06,NPS,7,,false',
    'SRV-2021-COMPANY,C21-07,SAT_OVERALL,5,,false',
    // "Weet niet": no score, out of the NPS base.
    'SRV-2021-COMPANY,C21-07,NPS,,,true',
    'SRV-2021-STAKEHOLDER,S21-01,SAT_OVERALL,4,,false',
    'SRV-2021-STAKEHOLDER,S21-01,NPS,10,,false',
    'SRV-2021-STAKEHOLDER,S21-02,SAT_OVERALL,3,,false',
    'SRV-2021-STAKEHOLDER,S21-02,NPS,5,,false',
    'SRV-2021-STAKEHOLDER,S21-03,NPS,9,,false',
    'SRV-2022-BUYER,B22-01,SAT_OVERALL,5,,false',
    'SRV-2022-BUYER,B22-01,NPS,10,,false',
    'SRV-2022-BUYER,B22-01,SAT_COACHING,5,,false',
    'SRV-2022-BUYER,B22-01,ADDITIONALITY,,not_done,false',
    'SRV-2022-BUYER,B22-01,SERVICES_USED,,coaching,false',
    'SRV-2022-BUYER,B22-01,SERVICES_USED,,cofinancing,false',
    'SRV-2022-BUYER,B22-01,SERVICES_USED,,market_consultation_support,false',
    'SRV-2022-BUYER,B22-02,SAT_OVERALL,4,,false',
    'SRV-2022-BUYER,B22-02,NPS,9,,false',
    'SRV-2022-BUYER,B22-02,SAT_COACHING,,,true',
    'SRV-2022-BUYER,B22-02,ADDITIONALITY,,later,false',
    'SRV-2022-BUYER,B22-03,SAT_OVERALL,3,,false',
    'SRV-2022-BUYER,B22-03,NPS,6,,false',
    'SRV-2022-BUYER,B22-03,SAT_COACHING,4,,false',
    'SRV-2022-BUYER,B22-03,ADDITIONALITY,,same,false',
    'SRV-2022-BUYER,B22-04,SAT_OVERALL,4,,false',
    'SRV-2022-BUYER,B22-04,NPS,8,,false',
    'SRV-2022-BUYER,B22-04,ADDITIONALITY,,smaller,false',
    'SRV-2022-BUYER,B22-05,SAT_OVERALL,2,,false',
    'SRV-2022-BUYER,B22-05,NPS,3,,false',
    // "Weet niet" on additionality: out of D27's base.
    'SRV-2022-BUYER,B22-05,ADDITIONALITY,,,true',
    'SRV-2022-BUYER,B22-06,SAT_OVERALL,5,,false',
    'SRV-2022-BUYER,B22-06,NPS,9,,false',
    'SRV-2022-BUYER,B22-06,ADDITIONALITY,,later,false',
    // "Niet van toepassing" on satisfaction: out of D24's base, not a zero.
    'SRV-2022-BUYER,B22-07,SAT_OVERALL,,,true',
    'SRV-2022-BUYER,B22-07,NPS,7,,false',
  ),
};

/** The fixture as the Map `loadDataset` takes (its `DatasetFile` is `{ file, text }`). */
export function fixtureFiles(
  overrides: Partial<Record<TableName, string>> = {},
): Map<TableName, { readonly file: string; readonly text: string }> {
  return new Map(
    TABLE_NAMES.map((name) => [
      name,
      { file: `${name}.csv`, text: overrides[name] ?? FIXTURE_CSV[name] },
    ]),
  );
}
