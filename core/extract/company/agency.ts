// Is the sender a staffing agency? Then its own name is not the employer; only a client the message names is.

import { CJK } from '../cjk-stage';
import { asSimplified } from '../hant';
import { AGENCY_DOMAIN_PATTERN, WEAK_AGENCY_DOMAIN_PATTERN } from '../lexicon';
import { tidyCompany } from './candidates';
import { type SenderDomain, matchQuality } from './domain';

const THIRD_PERSON_EMPLOYER =
  /\b(?:my|our) clients?\b|\bi (?:have|'ve got) an? (?:\S+ ){0,2}?(?:position|role|search|opportunity|opening) (?:that|which|i)\b|\bthe client(?:'s)? (?:is|has|was|will|would|wants|requests?|decided|decision|feedback)\b|\bclient's (?:decision|feedback|request)\b|(?:^|\n)client: |\b(?:(?:with|for) an?|one of (?:my|our)) (?:[\p{L}\d-]+ ){0,3}clients?\b|(?:,|\b(?:i'm|i am|we're|we are|i've been|we've been|i have been|we have been)) (?:exclusively )?(?:retained|mandated) by\b|\b(?:role|position|opportunity|job|opening)\b[^.!?\n]{0,60}?\bis (?:at|with) an? (?:[\p{L}-]+ ){0,3}(?:firm|company|start-?up|client|business|organi[sz]ation|bank|fintech|provider|manufacturer|retailer|chain)(?=\s+(?:in|based|that|which|who|headquartered)\b|\s*[,.;!?]|\s*$)|\bclients? of (?:mine|ours)\b|\b(?:our|the|my) end[- ]clients?\b|(?:^|\n)\s*(?:end[- ]client|implementation partner|prime vendor)\s*:|\b(?:our|the) (?:implementation partner|prime vendor)\b|\bbill (?:s\.? ?)?1618\b|\b(?:our|my) (?:daily |weekly |latest |updated )?hot ?lists?\b|\bconsultants (?:currently |immediately )?available\b|\b(?:forward|send|share) (?:us |me )?(?:your|any) (?:current|open|new|job|contract|c2c) requirements\b|\b(?:rate|pay|terms?|via)\b[^.\n]{0,20}?(?<!\bno )\b(?:c2c|corp[- ]to[- ]corp)\b|\bthe (?:[\p{L}-]+ ){0,2}?(?:companies|clients|labs|startups|start-ups|firms|employers) (?:that )?(?:we(?:'re| are)?|i(?:'m| am)?) (?:work(?:ing)?|partner(?:ing)?) with\b|\b(?:companies|clients|employers|startups|firms) (?:that )?(?:we|i) (?:represent|recruit for|hire for)\b|\bon behalf of (?:my|our|a) client|\b(?:i'm|i am|we're|we are) (?:working|partnering|recruiting) (?:with|for) an?\b|\b(?:opportunity|role|position|search|roles|positions) (?:i'm|i am|we're|we are) (?:working on|recruiting for|handling|filling)|\bmein(?:e|em|en)? kunden?\b|\bunser(?:e|em|en)? kunden?\b|\bnotre client\b|\bnuestro cliente\b|\bmi cliente\b|\bil mio cliente\b|\bsociet[àa] finale\b|\bcliente final\b|\bclient final\b|\bendkunden?\b|\bl'un de nos clients\b|\buno de nuestros clientes\b|\bunseres kunden\b|\b(?:mein|unser)(?:e|em|en|es)? mandant(?:en|in)?\b|\bpersonalberater(?:in)?\b|\b(?:notre|mon) mandant\b|\b(?:roles|candidates|people|positions) we place\b|\bwe place (?:candidates|people|professionals)\b|\bregistered with us\b|\bonze opdrachtgevers?\b|\bnostro cliente\b|\bpassende opdrachten\b|\buitzend\w*|\bzeitarbeit\b|\barbeitnehmerüberlassung\b|\b(?:agence|société|missions?) d'intérim(?![\p{L}])|\bintérimaires?(?![\p{L}])|\bempresa de trabajo temporal\b|\btemp(?:orary)? (?:assignments?|placements?)\b|\bbei einem (?:\S+ ){0,2}?(?:kunden|finanzdienstleister|dienstleister|konzern|mittelständler|hersteller|versicherer|automobilhersteller|unternehmen)\b|\bchez un (?:\S+ ){0,2}?(?:client|grand compte|éditeur|acteur)\b|\bpara (?:un|una) (?:importante |gran )?(?:empresa|cliente|compañía) (?:del sector|de)\b|\b(?:i'm|i am|soy|sou|je suis) (?:an? |une? |um |uma )?(?:\S+ )?(?:recruitment consultant|consultant(?:e)? en recrutement|consultor(?:a|\/a)? de (?:reclutamiento|selección|recrutamento|seleção))\b|\bspeciali[sz]e in (?:placing|recruiting for)\b|\b(?:we|i)(?:'re| are| am)? (?:\S+ ){0,2}?plac(?:e|es|ing) (?:\S+ ){0,2}?(?:engineers|developers|candidates|professionals|talent) (?:at|into|with (?:our )?clients)\b(?! the (?:heart|center|centre|core|forefront))|\b(?:estamos|estoy) gestionando para\b|\bnosso cliente\b|\bcliente nosso\b|\b(?:seleção|processo seletivo) (?:\S+ ){0,8}?(?:em|para) (?:um|uma) (?:cliente|empresa)\b|\b(?:dla|na rzecz) (?:naszego|mojego) klienta(?![\p{L}])|\bspecjalizuj\p{L}* się w rekrutacj|\bpracodawc\p{L}*,? (?:dla którego|którego reprezentuj)/u;
/** A Thai agency: "our client" (ลูกค้าของเรา/ผม/ดิฉัน), or a recruitment company's name ("บริษัท จัดหางาน X"). */
const THAI_AGENCY = /ลูกค้าของ(?:เรา|ผม|ดิฉัน)|บริษัท\s*จัดหางาน/u;
/** A Japanese, Korean or Chinese agency or headhunter describing itself, or its client ("クライアント企業", "고객사"). */
export const CJK_AGENCY =
  /転職エージェント|(?:キャリア|人材)エージェント|人材紹介|ヘッドハンター|ヘッドハンティング|クライアント企業|헤드헌터|서치펌|채용 ?대행|고객사|我是[^。，,\n]{0,6}猎头|猎头顾问|的猎头|我们的客户/u;
const THIRD_PERSON_KEYS = ['hot list', 'hotlist', 'requirements', 'end client', 'end-client', 'implementation partner', 'prime vendor', 'c2c', 'corp to corp', 'corp-to-corp', '1618', 'we work with', 'i work with', 'we partner with', 'i partner with', 'we represent', 'i represent', 'recruit for', 'hire for', 'i have', "i've got", 'client', 'retained', 'mandated', ' is at a', ' is with a', 'kunde', 'working', 'partnering', 'recruiting', 'finale', 'final', 'mandant', 'personalberater', 'place', 'registered', 'opdrachtgever', 'opdrachten', 'uitzend', 'zeitarbeit', 'arbeitnehmerüberlassung', 'intérim', 'trabajo temporal', 'assignment', 'placement', 'bei einem', 'chez un', 'para un', 'consultant', 'consultor', 'speciali', 'plac', 'gestionando', 'seleção', 'seletivo', 'vaga', 'klient', 'specjalizuj', 'pracodawc'];
const WEAK_THIRD_PERSON_KEYS = ['their', 'they', 'company', 'start', 'client', 'firm', 'business', 'fintech', 'scale', 'unicorn'];
const WEAK_THIRD_PERSON =
  /\btheir (?:team|company|office|offices|engineering|founders?|ceo|cto|platform|product|mission|offer|interview|hiring|benefits|stack|culture)\b|\bthey(?:'re| are) (?:looking|hiring|seeking|searching|growing|offering|building)\b|\b(?:an?|this|the) (?:[\p{L}-]+ ){0,3}(?:company|start-?up|client|firm|business|fintech|scale-?up|unicorn) (?:is|are|that|who)\b/u;

/** Does the (lower-case) text speak of the employer in the third person, as an agency of its client ("our client")? */
export function speaksOfClient(text: string): boolean {
  return THIRD_PERSON_KEYS.some((k) => text.includes(k)) && THIRD_PERSON_EMPLOYER.test(text);
}

/** Is the sender a staffing agency (so the sender's own organisation is not the employer)? */
export function isAgency(domain: SenderDomain, text: string, signatureOrgs: readonly string[], displayOrgs: readonly string[]): boolean {
  const agencyWords = /\b(?:recruit\w*|talent|staffing|search|headhunt\w*|resourcing|personnel|executive search|personalberatung|personaldienst\w*|selección|selezione|cabinet)\b/i;
  if (domain.kind === 'company' && AGENCY_DOMAIN_PATTERN.test(domain.key)) return true;
  const ownOrgs = [...signatureOrgs, ...displayOrgs].filter((o) => domain.kind !== 'company' || matchQuality(o, domain.key) > 0);
  // "Sandhill Talent Advisors" is an agency; "Acme Recruiting" is Acme's recruiting team.
  if (ownOrgs.some((o) => agencyWords.test(tidyCompany(o)))) return true;
  if (speaksOfClient(text)) return true;
  if (CJK.test(text) && CJK_AGENCY.test(asSimplified(text))) return true;
  if (THAI_AGENCY.test(text)) return true;
  const weakDomain = domain.kind === 'company' && WEAK_AGENCY_DOMAIN_PATTERN.test(domain.key);
  return (
    (weakDomain || ownOrgs.some((o) => WEAK_AGENCY_DOMAIN_PATTERN.test(o.toLowerCase()))) &&
    WEAK_THIRD_PERSON_KEYS.some((k) => text.includes(k)) &&
    WEAK_THIRD_PERSON.test(text)
  );
}
