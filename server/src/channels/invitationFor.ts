import type { Survey } from '../../../shared/schemas/survey.ts';
import type { Db } from '../db/openDatabase.ts';
import type { StoredCampaign } from '../db/queries/campaigns/campaignRow.ts';
import type { NewRecipient } from '../db/queries/campaigns/recipients.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { signLink } from '../mail/signedLink.ts';
import { composeInvitation, type ComposedMail } from './invitationMail.ts';
import { INVITATION_WORDS, invitationLangFor, messageLangFor, type InvitationLang } from './invitationWords.ts';

/** How long the links in an invitation work, from the campaign's first send. */
export const INVITATION_LINK_DAYS = 60;

export interface InvitationLinks {
  surveyUrl: string;
  scores: { score: number; url: string }[];
}

/** The survey's own words for its first question in a language (`strings[lang]['<id>.text']`), if it sets them. */
function surveyQuestionText(survey: Survey | undefined, lang: string): string | undefined {
  const first = survey?.questions[0];
  if (!survey || !first) return undefined;
  const own = Object.entries(survey.strings).find(([tag]) => tag.toLowerCase() === lang.toLowerCase())?.[1];
  return own?.[`${first.id}.text`];
}

/** The signed one-click opt-out of the site's mail: the same list replies honour (routes/mailLinks.ts); its page speaks the mail's language. */
export function unsubscribeUrl(db: Db, publicUrl: string, siteId: number, email: string, lang: InvitationLang): string {
  return `${publicUrl}/v1/mail/opt-out/${signLink(db, { kind: 'opt-out', site: siteId, email, lang })}`;
}

/** One recipient's invitation (or reminder) in the language the campaign has nearest to theirs. */
export function invitationFor(
  site: StoredSite,
  campaign: StoredCampaign,
  survey: Survey | undefined,
  recipient: Pick<NewRecipient, 'name' | 'lang' | 'attributes'>,
  links: InvitationLinks,
  unsubscribe: (lang: InvitationLang) => string,
  reminder: boolean,
  missingField?: (key: string) => string,
): ComposedMail & { lang: string; unsubscribeUrl: string } {
  const lang = messageLangFor(recipient.lang, Object.keys(campaign.messages), campaign.defaultLang);
  const unsubscribeUrl = unsubscribe(invitationLangFor(lang));
  const mail = composeInvitation({
    siteName: site.name,
    message: campaign.messages[lang]!,
    words: INVITATION_WORDS[invitationLangFor(lang)],
    fields: { ...recipient.attributes, name: recipient.name ?? '' },
    question: survey?.questions[0],
    questionText: surveyQuestionText(survey, lang),
    links,
    unsubscribeUrl,
    reminder,
    missingField,
  });
  return { ...mail, lang, unsubscribeUrl };
}
