'use strict';
/** CDT-style procedure codes by category: [category, categoryCode (the CDT range), 'Dnnnn Title' lines]. */

const CATEGORIES = [
	[
		'Diagnostic',
		'D0100-D0999',
		`
D0120 Periodic oral evaluation - established patient
D0140 Limited oral evaluation - problem focused
D0145 Oral evaluation for a patient under three years of age
D0150 Comprehensive oral evaluation - new or established patient
D0160 Detailed and extensive oral evaluation - problem focused
D0170 Re-evaluation - limited, problem focused
D0180 Comprehensive periodontal evaluation - new or established patient
D0190 Screening of a patient
D0210 Intraoral - comprehensive series of radiographic images
D0220 Intraoral - periapical first radiographic image
D0230 Intraoral - periapical each additional radiographic image
D0240 Intraoral - occlusal radiographic image
D0251 Extra-oral posterior dental radiographic image
D0270 Bitewing - single radiographic image
D0272 Bitewings - two radiographic images
D0273 Bitewings - three radiographic images
D0274 Bitewings - four radiographic images
D0330 Panoramic radiographic image
D0350 2D oral/facial photographic image obtained intra-orally or extra-orally
D0364 Cone beam CT capture and interpretation with limited field of view
D0367 Cone beam CT capture and interpretation - both jaws
D0411 HbA1c in-office point of service testing
D0417 Collection and preparation of saliva sample for laboratory diagnostic testing
D0431 Adjunctive pre-diagnostic test that aids in detection of mucosal abnormalities
D0460 Pulp vitality tests
D0470 Diagnostic casts
D0601 Caries risk assessment and documentation, with a finding of low risk
D0602 Caries risk assessment and documentation, with a finding of moderate risk
D0603 Caries risk assessment and documentation, with a finding of high risk
D0999 Unspecified diagnostic procedure, by report`,
	],
	[
		'Preventive',
		'D1000-D1999',
		`
D1110 Prophylaxis - adult
D1120 Prophylaxis - child
D1206 Topical application of fluoride varnish
D1208 Topical application of fluoride - excluding varnish
D1310 Nutritional counseling for control of dental disease
D1320 Tobacco counseling for the control and prevention of oral disease
D1330 Oral hygiene instructions
D1351 Sealant - per tooth
D1352 Preventive resin restoration in a moderate to high caries risk patient - permanent tooth
D1353 Sealant repair - per tooth
D1354 Application of caries arresting medicament - per tooth
D1355 Caries preventive medicament application - per tooth
D1510 Space maintainer - fixed, unilateral - per quadrant
D1517 Space maintainer - fixed - bilateral, mandibular
D1520 Space maintainer - removable, unilateral - per quadrant
D1526 Space maintainer - removable - bilateral, maxillary
D1527 Space maintainer - removable - bilateral, mandibular
D1551 Re-cement or re-bond bilateral space maintainer - maxillary
D1552 Re-cement or re-bond bilateral space maintainer - mandibular
D1575 Distal shoe space maintainer - fixed, unilateral - per quadrant
D1999 Unspecified preventive procedure, by report`,
	],
	[
		'Restorative',
		'D2000-D2999',
		`
D2140 Amalgam - one surface, primary or permanent
D2150 Amalgam - two surfaces, primary or permanent
D2160 Amalgam - three surfaces, primary or permanent
D2161 Amalgam - four or more surfaces, primary or permanent
D2330 Resin-based composite - one surface, anterior
D2331 Resin-based composite - two surfaces, anterior
D2332 Resin-based composite - three surfaces, anterior
D2335 Resin-based composite - four or more surfaces (anterior)
D2390 Resin-based composite crown, anterior
D2391 Resin-based composite - one surface, posterior
D2392 Resin-based composite - two surfaces, posterior
D2393 Resin-based composite - three surfaces, posterior
D2394 Resin-based composite - four or more surfaces, posterior
D2510 Inlay - metallic - one surface
D2520 Inlay - metallic - two surfaces
D2530 Inlay - metallic - three or more surfaces
D2542 Onlay - metallic - two surfaces
D2543 Onlay - metallic - three surfaces
D2544 Onlay - metallic - four or more surfaces
D2620 Inlay - porcelain/ceramic - two surfaces
D2630 Inlay - porcelain/ceramic - three or more surfaces
D2642 Onlay - porcelain/ceramic - two surfaces
D2643 Onlay - porcelain/ceramic - three surfaces
D2644 Onlay - porcelain/ceramic - four or more surfaces
D2710 Crown - resin-based composite (indirect)
D2740 Crown - porcelain/ceramic
D2750 Crown - porcelain fused to high noble metal
D2751 Crown - porcelain fused to predominantly base metal
D2752 Crown - porcelain fused to noble metal
D2753 Crown - porcelain fused to titanium and titanium alloys
D2780 Crown - 3/4 cast high noble metal
D2783 Crown - 3/4 porcelain/ceramic
D2791 Crown - full cast predominantly base metal
D2792 Crown - full cast noble metal
D2794 Crown - titanium and titanium alloys
D2799 Interim crown - further treatment or completion of diagnosis necessary prior to final impression
D2910 Re-cement or re-bond inlay, onlay, veneer or partial coverage restoration
D2915 Re-cement or re-bond indirectly fabricated or prefabricated post and core
D2920 Re-cement or re-bond crown
D2921 Reattachment of tooth fragment, incisal edge or cusp
D2928 Prefabricated porcelain/ceramic crown - permanent tooth
D2930 Prefabricated stainless steel crown - primary tooth
D2931 Prefabricated stainless steel crown - permanent tooth
D2932 Prefabricated resin crown
D2941 Interim therapeutic restoration - primary dentition
D2949 Restorative foundation for an indirect restoration
D2950 Core buildup, including any pins when required
D2952 Post and core in addition to crown, indirectly fabricated
D2954 Prefabricated post and core in addition to crown
D2960 Labial veneer (resin laminate) - direct
D2961 Labial veneer (resin laminate) - indirect
D2962 Labial veneer (porcelain laminate) - indirect
D2980 Crown repair necessitated by restorative material failure
D2990 Resin infiltration of incipient smooth surface lesions
D2999 Unspecified restorative procedure, by report`,
	],
	[
		'Endodontics',
		'D3000-D3999',
		`
D3120 Pulp cap - indirect (excluding final restoration)
D3220 Therapeutic pulpotomy (excluding final restoration)
D3221 Pulpal debridement, primary and permanent teeth
D3230 Pulpal therapy (resorbable filling) - anterior, primary tooth
D3240 Pulpal therapy (resorbable filling) - posterior, primary tooth
D3310 Endodontic therapy, anterior tooth (excluding final restoration)
D3320 Endodontic therapy, premolar tooth (excluding final restoration)
D3330 Endodontic therapy, molar tooth (excluding final restoration)
D3331 Treatment of root canal obstruction; non-surgical access
D3332 Incomplete endodontic therapy; inoperable, unrestorable or fractured tooth
D3346 Retreatment of previous root canal therapy - anterior
D3347 Retreatment of previous root canal therapy - premolar
D3351 Apexification/recalcification - initial visit
D3353 Apexification/recalcification - final visit
D3410 Apicoectomy - anterior
D3421 Apicoectomy - premolar (first root)
D3425 Apicoectomy - molar (first root)
D3426 Apicoectomy (each additional root)
D3450 Root amputation - per root
D3470 Intentional re-implantation (including necessary splinting)
D3920 Hemisection (including any root removal), not including root canal therapy
D3999 Unspecified endodontic procedure, by report`,
	],
	[
		'Periodontics',
		'D4000-D4999',
		`
D4210 Gingivectomy or gingivoplasty - four or more contiguous teeth or tooth bounded spaces per quadrant
D4211 Gingivectomy or gingivoplasty - one to three contiguous teeth or tooth bounded spaces per quadrant
D4240 Gingival flap procedure, including root planing - four or more contiguous teeth per quadrant
D4241 Gingival flap procedure, including root planing - one to three contiguous teeth per quadrant
D4249 Clinical crown lengthening - hard tissue
D4260 Osseous surgery - four or more contiguous teeth or tooth bounded spaces per quadrant
D4261 Osseous surgery - one to three contiguous teeth or tooth bounded spaces per quadrant
D4263 Bone replacement graft - retained natural tooth - first site in quadrant
D4266 Guided tissue regeneration, natural teeth - resorbable barrier, per site
D4273 Autogenous connective tissue graft procedure, per first tooth, implant, or edentulous tooth position
D4277 Free soft tissue graft procedure (including recipient and donor surgical sites), first tooth
D4341 Periodontal scaling and root planing - four or more teeth per quadrant
D4342 Periodontal scaling and root planing - one to three teeth per quadrant
D4346 Scaling in presence of generalized moderate or severe gingival inflammation - full mouth, after oral evaluation
D4355 Full mouth debridement to enable a comprehensive periodontal evaluation and diagnosis
D4381 Localized delivery of antimicrobial agents via a controlled release vehicle into diseased crevicular tissue, per tooth
D4910 Periodontal maintenance
D4920 Unscheduled dressing change (by someone other than treating dentist or their staff)
D4921 Gingival irrigation with a medicinal agent - per quadrant
D4999 Unspecified periodontal procedure, by report`,
	],
	[
		'Prosthodontics, removable',
		'D5000-D5899',
		`
D5110 Complete denture - maxillary
D5120 Complete denture - mandibular
D5140 Immediate denture - mandibular
D5211 Maxillary partial denture - resin base
D5212 Mandibular partial denture - resin base
D5213 Maxillary partial denture - cast metal framework with resin denture bases
D5214 Mandibular partial denture - cast metal framework with resin denture bases
D5225 Maxillary partial denture - flexible base
D5226 Mandibular partial denture - flexible base
D5411 Adjust complete denture - mandibular
D5421 Adjust partial denture - maxillary
D5422 Adjust partial denture - mandibular
D5511 Repair broken complete denture base, mandibular
D5512 Repair broken complete denture base, maxillary
D5650 Add tooth to existing partial denture
D5660 Add clasp to existing partial denture - per tooth
D5730 Reline complete maxillary denture (direct)
D5731 Reline complete mandibular denture (direct)
D5750 Reline complete maxillary denture (indirect)
D5751 Reline complete mandibular denture (indirect)
D5850 Tissue conditioning, maxillary
D5899 Unspecified removable prosthodontic procedure, by report`,
	],
	[
		'Implant Services',
		'D6000-D6199',
		`
D6010 Surgical placement of implant body: endosteal implant
D6011 Surgical access to an implant body (second stage implant surgery)
D6013 Surgical placement of mini implant
D6056 Prefabricated abutment - includes modification and placement
D6057 Custom fabricated abutment - includes placement
D6065 Implant supported porcelain/ceramic crown
D6080 Implant maintenance procedures when prostheses are removed and reinserted
D6081 Scaling and debridement in the presence of inflammation or mucositis of a single implant
D6090 Repair implant supported prosthesis, by report
D6092 Re-cement or re-bond implant/abutment supported crown
D6100 Surgical removal of implant body
D6110 Implant/abutment supported removable denture for edentulous arch - maxillary
D6111 Implant/abutment supported removable denture for edentulous arch - mandibular
D6114 Implant/abutment supported fixed denture for edentulous arch - maxillary
D6115 Implant/abutment supported fixed denture for edentulous arch - mandibular
D6199 Unspecified implant procedure, by report`,
	],
	[
		'Prosthodontics, fixed',
		'D6200-D6999',
		`
D6210 Pontic - cast high noble metal
D6240 Pontic - porcelain fused to high noble metal
D6740 Retainer crown - porcelain/ceramic
D6750 Retainer crown - porcelain fused to high noble metal
D6930 Re-cement or re-bond fixed partial denture
D6980 Fixed partial denture repair necessitated by restorative material failure
D6999 Unspecified fixed prosthodontic procedure, by report`,
	],
	[
		'Oral and Maxillofacial Surgery',
		'D7000-D7999',
		`
D7111 Extraction, coronal remnants - primary tooth
D7140 Extraction, erupted tooth or exposed root (elevation and/or forceps removal)
D7210 Extraction, erupted tooth requiring removal of bone and/or sectioning of tooth
D7220 Removal of impacted tooth - soft tissue
D7230 Removal of impacted tooth - partially bony
D7240 Removal of impacted tooth - completely bony
D7250 Removal of residual tooth roots (cutting procedure)
D7270 Tooth reimplantation and/or stabilization of accidentally evulsed or displaced tooth
D7280 Exposure of an unerupted tooth
D7310 Alveoloplasty in conjunction with extractions - four or more teeth or tooth spaces, per quadrant
D7311 Alveoloplasty in conjunction with extractions - one to three teeth or tooth spaces, per quadrant
D7510 Incision and drainage of abscess - intraoral soft tissue
D7910 Suture of recent small wounds up to 5 cm
D7953 Bone replacement graft for ridge preservation - per site
D7960 Frenulectomy - also known as frenectomy or frenotomy - separate procedure not incidental to another procedure
D7999 Unspecified oral surgery procedure, by report`,
	],
	[
		'Orthodontics',
		'D8000-D8999',
		`
D8010 Limited orthodontic treatment of the primary dentition
D8020 Limited orthodontic treatment of the transitional dentition
D8030 Limited orthodontic treatment of the adolescent dentition
D8040 Limited orthodontic treatment of the adult dentition
D8070 Comprehensive orthodontic treatment of the transitional dentition
D8080 Comprehensive orthodontic treatment of the adolescent dentition
D8210 Removable appliance therapy
D8220 Fixed appliance therapy
D8660 Pre-orthodontic treatment examination to monitor growth and development
D8670 Periodic orthodontic treatment visit
D8680 Orthodontic retention (removal of appliances, construction and placement of retainer(s))
D8681 Removable orthodontic retainer adjustment
D8695 Removal of fixed orthodontic appliances for reasons other than completion of treatment
D8704 Replacement of lost or broken retainer - mandibular
D8999 Unspecified orthodontic procedure, by report`,
	],
	[
		'Adjunctive General Services',
		'D9000-D9999',
		`
D9110 Palliative treatment of dental pain - per visit
D9210 Local anesthesia not in conjunction with operative or surgical procedures
D9215 Local anesthesia in conjunction with operative or surgical procedures
D9222 Deep sedation/general anesthesia - first 15 minutes
D9230 Inhalation of nitrous oxide/analgesia, anxiolysis
D9239 Intravenous moderate (conscious) sedation/analgesia - first 15 minutes
D9310 Consultation - diagnostic service provided by dentist or physician other than requesting dentist or physician
D9311 Consultation with a medical health care professional
D9430 Office visit for observation (during regularly scheduled hours) - no other services performed
D9440 Office visit - after regularly scheduled hours
D9450 Case presentation, subsequent to detailed and extensive treatment planning
D9630 Drugs or medicaments dispensed in the office for home use
D9910 Application of desensitizing medicament
D9911 Application of desensitizing resin for cervical and/or root surface, per tooth
D9920 Behavior management, by report
D9932 Cleaning and inspection of removable complete denture, maxillary
D9941 Fabrication of athletic mouthguard
D9944 Occlusal guard - hard appliance, full arch
D9945 Occlusal guard - soft appliance, full arch
D9972 External bleaching - per arch - performed in office
D9975 External bleaching for home application, per arch; includes materials and fabrication of custom trays
D9986 Missed appointment
D9987 Cancelled appointment
D9995 Teledentistry - synchronous; real-time encounter
D9996 Teledentistry - asynchronous; information stored and forwarded to dentist for subsequent review
D9999 Unspecified adjunctive procedure, by report`,
	],
];

/** Flat list: [{ code, title, category, categoryCode }] in code order. */
const CODES = CATEGORIES.flatMap(([category, categoryCode, lines]) =>
	lines
		.trim()
		.split('\n')
		.map((line) => ({
			code: line.slice(0, 5),
			title: line.slice(6).trim(),
			category,
			categoryCode,
		})),
);

module.exports = { CODES };
