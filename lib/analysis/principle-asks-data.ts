import type { PrincipleId } from '../principles/ids';

/**
 * Phrases by which a posting's role text clearly asks for an LP as the hire's own behaviour (our
 * reading of the rubric in ../shared/data/lp-gold-dev.md, written in our words). The catalogue's
 * signals (principles/catalogue.ts) are broader hints ("customer", "data") and only fill the list
 * when fewer than three LPs are clearly asked.
 */
export const clearAsks: Readonly<Record<PrincipleId, RegExp>> = {
  'customer-obsession':
    /\bobsess\w*\b[^.;\n]{0,60}\b(?:customers?|users?|sellers?)\b|\bpassion\w*\s+(?:for|about)\s+(?:\w+\s+){0,3}?customers?\b|\bcustomer\s+pain[-\s]points?\b|\b(?:deliver|create|build|provid)\w*\s+(?:an?\s+)?(?:exceptional|great|outstanding|excellent|best[-\s]in[-\s]class)\s+customer\s+experiences?\b|\bwork(?:s|ing)?\s+(?:from\s+the\s+customer\s+)?backwards?\b|\bcustomer[-\s]obsess\w*|\bobsess\w*\s+(?:over|about|on)\s+(?:the\s+|our\s+)?(?:customers?|users?|sellers?)|\badvocat\w+\s+for\s+(?:the\s+|our\s+)?(?:customers?|users?|sellers?)|\bvoice\s+of\s+the\s+customer|\bcustomer[-\s]focus(?:ed)?\b|\bcustomer[-\s]centric\b|\b(?:own|improv\w+|elevat\w+)\s+(?:the\s+)?(?:end[-\s]to[-\s]end\s+)?customer\s+experience/i,
  ownership:
    /(?:^|[-•·]\s*|\b(?:you\s+will|you['’]ll|will|to|and|who|also)\s+)own(?:s|ing)?\s+(?!up\b|it\b|them\b)[\w-]+|\bowning\s+(?:the|a|an|all|and|our|your)\b|\b(?:technical|demonstrate[sd]?|show|strong|clear|complete)\s+ownership\b|\btake\s+(?:a\s+|the\s+)?(?:project|feature|program|product|initiative)s?\s+from\b[^.;\n]{0,60}\bthrough\b|\bdirectly\s+responsible\s+for\b|\b(?:till|until|through\s+to)\s+(?:final\s+)?resolution\b|\b(?:account|relationship|business|program|product)\s+owner\b|\bsense\s+of\s+ownership|\b(?:high|strong|full|end[-\s]to[-\s]end)\s+(?:degree\s+of\s+)?ownership|\btake\s+ownership|\bsingle[-\s]threaded|\bown(?:s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:end[-\s]to[-\s]end|lifecycle|roadmap|outcomes?|delivery|deliverables|projects?|features?|programs?|process(?:es)?|results?|strategy|products?|relationships?|metrics)\b|\bsee\s+(?:it|things|projects?|them)\s+through\b|\bbeyond\s+(?:your|their)\s+(?:own\s+)?(?:area|scope|role)/i,
  'invent-and-simplify':
    /\binnovation\b|\binventive\w*|\bcreativity\b|\b(?:be|is|are|highly)\s+innovative\b|\b(?:propose|develop|drive|bring|apply|deliver)\w*\s+(?:\w+\s+){0,2}?innovati\w+|\bstart\s+simple\b|\b(?:simple|simpler)\s+(?:and\s+)?(?:intuitive|elegant)\b|\binnovat(?:e|es|ing)\b|\binvent(?:s|ing)?\b|\bsimplif(?:y|ies|ying|ication)\b|\binvent\s+and\s+simplify|\b(?:automate|automating|streamline|streamlining)\b|\bcreative\s+solutions?\b|\b(?:build|bring|design|develop|create)\w*\s+(?:\w+\s+){0,2}?innovative\b/i,
  'are-right-a-lot':
    /\b(?:sound|good|high|strong|excellent)\s+(?:business\s+)?judg(?:e)?ment|\bjudg(?:e)?ment\s+calls?|\bdiverse\s+perspectives|\bare\s+right,?\s+a\s+lot|\bmake\s+(?:the\s+)?right\s+(?:call|decision)/i,
  'learn-and-be-curious':
    /\bcurio(?:us|sity)\b|\b(?:eager(?:ness)?|passion(?:ate)?|desire|hunger|thirst|love)\s+(?:\w+\s+){0,2}?(?:to\s+|for\s+|about\s+)?learn\w*|\blearn\s+and\s+be\s+curious/i,
  'hire-and-develop-the-best':
    /\b(?:through|by|via)\s+mentoring\b|\bmentor(?:s|ing)?\s+(?:and\s+\w+\s+)?(?:\w+\s+){0,2}?(?:technicians|members|staff|colleagues|teammates|individuals|interns|developers|designers|specialists)\b|\bhiring\s+and\s+(?:retain|develop|grow)\w*|\b(?:the\s+)?(?:amazon\s+)?hiring\s+process\b|\bcandidate\s+interviews\b|\binterview(?:ing)?\s+candidates\b|\bbuild(?:ing)?\s+(?:a\s+)?(?:great|high[-\s]performing|strong|world[-\s]class)\s+teams?\b|\b(?:hire|hiring|recruit(?:ing)?)\s+(?:and\s+\w+\s+)?(?:top\s+|great\s+|the\s+best\s+|strong\s+|a\s+)?(?:talent|engineers|people|team|leaders|managers|scientists)\b|\b(?!growing\s+(?:team|organi[sz]ation|business)\b)(?:coach|mentor|develop|grow)(?:s|ing)?\s+(?:and\s+\w+\s+)?(?:(?!(?:for|to|with|on|in)\b)[\w-]+\s+){0,2}?(?:team\b|team\s+members|engineers|people|talent|leaders|managers|others|direct\s+reports|associates|scientists|analysts|trainers)|\braise\s+the\s+hiring\s+bar|\bindividual\s+growth\b|\b(?:(?:their|your)\s+teams?['’]?s?|team\s+members['’]?)\s+(?:\w+,?\s+(?:and\s+)?){0,2}(?:growth|development|careers?)\b|\blead\w*\s+a\s+team\s+of\b[^.;\n]{0,60}\bdevelopment\b|\bhire\s+and\s+develop|\b(?:people|talent)\s+development\b/i,
  'insist-on-the-highest-standards':
    /\b(?:define|set|establish|raise|uphold|maintain)\w*\s+(?:the\s+|a\s+|our\s+)?(?:\w+\s+){0,3}?standards?\b|\belimina\w+\s+(?:of\s+)?defects\b|\brigou?r\b|\braise\s+the\s+bar|\bhigh(?:est)?\s+(?:quality\s+)?standards?|\b(?:drive|establish|define|champion)\w*\s+(?:\w+\s+){0,2}best\s+practices|\b(?:operational|engineering|technical|process|service)\s+excellence|\bzero\s+defects?|\bcontinuous(?:ly)?\s+improv\w*|\binsist\s+on\s+the\s+highest/i,
  'think-big':
    /\bthink(?:ing)?\s+big|\b(?:bold|long[-\s]term|multi[-\s]year)\s+(?:\w+\s+)?(?:vision|strategy|strategies|roadmaps?|direction|plans?)|\bstep[-\s]function|\b(?:set|define|shape)s?\s+(?:the\s+)?(?:\w+\s+)?(?:vision|direction)\b/i,
  'bias-for-action':
    /\bbias\s+for\s+action|\b(?:sense\s+of\s+)?urgency\b|\bact(?:ing)?\s+(?:quickly|fast|decisively)|\bmove\s+(?:quickly|fast)|\breal[-\s]time\s+decisions?|\bcalculated\s+risks?/i,
  frugality:
    /\bfrugal\w*|\bcost[-\s](?:conscious\w*|control|optimi\w+|reduction|savings?)|\b(?:reduce|optimi[sz]e|control|lower|manage)\s+(?:the\s+)?(?:\w+\s+)?(?:costs?|spend(?:ing)?|opex|capex)\b|\bdo(?:ing)?\s+more\s+with\s+less|\bopex\s+requirements|\bgold[-\s]plating\b/i,
  'earn-trust':
    /\bearn(?:s|ing)?\s+(?:the\s+)?trust|\bintegrity\b|\bdiscretion\b|\bcandid(?:ly|ness|our)?\b|\b(?:difficult|tough|hard|crucial)\s+conversations|\blisten\w*\s+(?:attentively|carefully|actively)/i,
  'dive-deep':
    /\bdive[-\s]deep|\bdeep[-\s]dives?|\bin[-\s]depth\s+(?:\w+\s+)?analys\w+|\broot[-\s]caus\w*|\baudits?\b|\bthorough(?:ly)?\s+investigat\w*|\btroubleshoot\w*|\bdive\s+(?:[\w-]+\s+){0,3}deep\b|\bat\s+(?:the|their|its)\s+root\b/i,
  'have-backbone-disagree-and-commit':
    /\bchalleng\w*\s+(?:\w+\s+){0,3}(?:designs?|decisions?|assumptions|status\s+quo)|\bdisagree\s+and\s+commit|\bhave\s+backbone|\bdespite\s+(?:the\s+)?pressure/i,
  'deliver-results':
    /\bdeliver(?:s|ing)?\s+(?:\w+\s+){0,2}?(?:results|outcomes)|\bresults?[-\s](?:oriented|driven)|\b(?:meet|exceed|achiev)\w*\s+(?:and\s+\w+\s+)?(?:\S+\s+){0,3}?(?:goals|targets|objectives|commitments|metrics|SLAs?)\b|\bdriv\w+\s+(?:\w+\s+){0,3}?to\s+(?:completion|conclusion|closure)|\b(?:deliver|complet|execut)\w*\s+(?:\w+\s+){0,5}?(?:on\s+time|in\s+a\s+(?:\w+\s+and\s+)?timely|with(?:in)?\s+tight\s+deadlines)|\blead\w*\s+the\s+execution\s+of\b|\bdriv\w+\s+(?:flawless\s+|timely\s+)?execution\b/i,
  'strive-to-be-earths-best-employer':
    /\bemployee\s+(?:safety|engagement|well[-\s]?being|experience)|\b(?:safe|positive|inclusive)\s+(?:and\s+\w+\s+)?(?:work(?:ing)?\s+environment|workplace)|\bteam\s+morale/i,
  'success-and-scale-bring-broad-responsibility':
    /\bsustainability\b|\bclimate\s+pledge|\benvironmental\s+impact|\bcarbon\b|\bsocial\s+responsibilit/i,
};

/** LP names as a posting writes them out ("Customer Obsession", "Bias for Action"). */
export const namedForms: Readonly<Record<PrincipleId, RegExp>> = {
  'customer-obsession': /\bcustomer\s+obsession\b/i,
  ownership: /\bOwnership\b/,
  'invent-and-simplify': /\binvent\s+(?:and|&)\s+simplify\b/i,
  'are-right-a-lot': /\bare\s+right,?\s+a\s+lot\b/i,
  'learn-and-be-curious': /\blearn\s+(?:and|&)\s+be\s+curious\b/i,
  'hire-and-develop-the-best': /\bhire\s+(?:and|&)\s+develop\s+the\s+best\b/i,
  'insist-on-the-highest-standards': /\binsist\s+on\s+the\s+highest\s+standards\b/i,
  'think-big': /\bthink\s+big\b/i,
  'bias-for-action': /\bbias\s+for\s+action\b/i,
  frugality: /\bFrugality\b/,
  'earn-trust': /\bearn\s+trust\b/i,
  'dive-deep': /\bdive\s+deep\b/i,
  'have-backbone-disagree-and-commit': /\bhave\s+backbone\b|\bdisagree\s+(?:and|&)\s+commit\b/i,
  'deliver-results': /\bdeliver\s+results\b/i,
  'strive-to-be-earths-best-employer': /\bearth['’]s\s+best\s+employer\b/i,
  'success-and-scale-bring-broad-responsibility':
    /\bsuccess\s+(?:and|&)\s+scale\s+bring\s+broad\s+responsibility\b/i,
};
