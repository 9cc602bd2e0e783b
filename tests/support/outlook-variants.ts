/**
 * The project's Outlook fixtures as Outlook shows them to other people: in another display language (every
 * label Outlook writes is translated, the page's direction follows the language), on the new Outlook layout of
 * Microsoft 365 accounts (outlook.cloud.microsoft: the account control #owa-me-control-container, whose button
 * is labelled with the display name alone), and in dark mode (OWA rewrites the colours of mail it shows and keeps
 * the originals in data-ogsc / data-ogsb).
 *
 * Public evidence followed: OWA's labels in French, Spanish, Japanese and Arabic as Outlook writes them ("De :",
 * "Répondre", "Envoyer"; "De:", "Responder", "Enviar"; "差出人:", "返信", "送信"; "من:", "رد", "إرسال"), the
 * account control as public integrations read it (`#owa-me-control-container button[aria-label]` = display name),
 * and OWA's dark-mode attributes data-ogsc / data-ogsb (Selenium page objects select the body by
 * `[data-ogsb="rgb(255,255,255)"]`). A transform that leaves an English label behind throws, so a test on a
 * localised page can never pass on an English handle.
 */

export type OutlookUiLanguage = 'fr' | 'es' | 'ja' | 'ar';

/** Each English label the fixtures carry, and Outlook's own wording of it per language. */
const LABELS: Array<[string, Record<OutlookUiLanguage, string>]> = [
  ['Message body, press Alt+F10 to exit', { fr: 'Corps du message, appuyez sur Alt+F10 pour quitter', es: 'Cuerpo del mensaje, presione Alt+F10 para salir', ja: 'メッセージ本文、終了するには Alt+F10 キーを押します', ar: 'نص الرسالة، اضغط على Alt+F10 للخروج' }],
  ['Message body', { fr: 'Corps du message', es: 'Cuerpo del mensaje', ja: 'メッセージ本文', ar: 'نص الرسالة' }],
  ['Email message', { fr: 'Message électronique', es: 'Mensaje de correo electrónico', ja: '電子メール メッセージ', ar: 'رسالة بريد إلكتروني' }],
  ['Message actions', { fr: 'Actions de message', es: 'Acciones de mensaje', ja: 'メッセージの操作', ar: 'إجراءات الرسالة' }],
  ['Reply all', { fr: 'Répondre à tous', es: 'Responder a todos', ja: '全員に返信', ar: 'رد على الكل' }],
  ['Reply', { fr: 'Répondre', es: 'Responder', ja: '返信', ar: 'رد' }],
  ['Forward', { fr: 'Transférer', es: 'Reenviar', ja: '転送', ar: 'إعادة توجيه' }],
  ['More send options', { fr: "Plus d'options d'envoi", es: 'Más opciones de envío', ja: 'その他の送信オプション', ar: 'مزيد من خيارات الإرسال' }],
  ['Send (Ctrl+Enter)', { fr: 'Envoyer (Ctrl+Entrée)', es: 'Enviar (Ctrl+Entrar)', ja: '送信 (Ctrl+Enter)', ar: 'إرسال (Ctrl+Enter)' }],
  ['Send', { fr: 'Envoyer', es: 'Enviar', ja: '送信', ar: 'إرسال' }],
  ['Discard', { fr: 'Ignorer', es: 'Descartar', ja: '破棄', ar: 'تجاهل' }],
  ['Add a subject', { fr: 'Ajouter un objet', es: 'Agregar un asunto', ja: '件名を追加', ar: 'إضافة موضوع' }],
  ['Subject', { fr: 'Objet', es: 'Asunto', ja: '件名', ar: 'الموضوع' }],
  ['Reading Pane', { fr: 'Volet de lecture', es: 'Panel de lectura', ja: '閲覧ウィンドウ', ar: 'جزء القراءة' }],
  ['Navigation pane', { fr: 'Volet de navigation', es: 'Panel de navegación', ja: 'ナビゲーション ウィンドウ', ar: 'جزء التنقل' }],
  ['Folders', { fr: 'Dossiers', es: 'Carpetas', ja: 'フォルダー', ar: 'المجلدات' }],
  ['Message list', { fr: 'Liste de messages', es: 'Lista de mensajes', ja: 'メッセージ一覧', ar: 'قائمة الرسائل' }],
  ['Sent Items', { fr: 'Éléments envoyés', es: 'Elementos enviados', ja: '送信済みアイテム', ar: 'العناصر المرسلة' }],
  ['Inbox', { fr: 'Boîte de réception', es: 'Bandeja de entrada', ja: '受信トレイ', ar: 'علبة الوارد' }],
  ['Ribbon tabs', { fr: 'Onglets du ruban', es: 'Pestañas de la cinta', ja: 'リボン タブ', ar: 'علامات تبويب الشريط' }],
  ['Format text', { fr: 'Format du texte', es: 'Formato de texto', ja: 'テキストの書式設定', ar: 'تنسيق النص' }],
  ['Insert', { fr: 'Insérer', es: 'Insertar', ja: '挿入', ar: 'إدراج' }],
  ['Options', { fr: 'Options', es: 'Opciones', ja: 'オプション', ar: 'خيارات' }],
  ['Message', { fr: 'Message', es: 'Mensaje', ja: 'メッセージ', ar: 'رسالة' }],
  ['Compose', { fr: 'Composer', es: 'Redactar', ja: '作成', ar: 'إنشاء' }],
  ['To', { fr: 'À', es: 'Para', ja: '宛先', ar: 'إلى' }],
  ['Cc', { fr: 'Cc', es: 'CC', ja: 'CC', ar: 'نسخة' }],
];

/** The "From:" prefix of a message header's sender label, as each language writes it. */
const FROM: Record<OutlookUiLanguage, string> = { fr: 'De :', es: 'De:', ja: '差出人:', ar: 'من:' };

/** Labels that name no thing on the page but the account: OWA's old header button says "Account manager for …". */
const OLD_ACCOUNT_BUTTON = /<button id="O365_MainLink_Me"[\s\S]*?<\/button>/;

/** The new Outlook's account control, labelled with the display name only (any language). */
export function newAccountControl(name: string, initials: string): string {
  return `<div id="owa-me-control-container" class="lCjzg"><button type="button" class="fui-Button r1alrhcs qeGMt" aria-label="${name}"><span class="fui-Avatar" aria-hidden="true">${initials}</span></button></div>`;
}

/** `html` on the new Outlook's layout (outlook.cloud.microsoft): the account control instead of the old header button. */
export function newOutlookLayout(html: string): string {
  return html.replace(OLD_ACCOUNT_BUTTON, newAccountControl('Alex Morgan', 'AM'));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` (a project Outlook fixture, en-US) as Outlook writes it in `language`: every aria-label, title and
 * placeholder Outlook wrote is translated, the visible words of the toolbar too, `<html lang dir>` follows, and
 * the suite header's account button is the new account control. Throws if an English label is left.
 */
export function localizeOutlook(html: string, language: OutlookUiLanguage): string {
  let out = html.replace(/<html lang="en" dir="ltr">/, `<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
  out = out.replace(OLD_ACCOUNT_BUTTON, newAccountControl('Alex Morgan', 'AM'));
  out = out.replace(/aria-label="From: /g, `aria-label="${FROM[language]} `);
  for (const [en, words] of LABELS) {
    const word = words[language];
    for (const attribute of ['aria-label', 'title', 'placeholder']) {
      out = out.replace(new RegExp(`${attribute}="${escapeRe(en)}"`, 'g'), `${attribute}="${word}"`);
    }
    // Visible words of controls (tabs, buttons, well captions), never mail text.
    out = out.replace(new RegExp(`(<span[^>]*role="tab"[^>]*>|</span> |<button[^>]*>|<span>)${escapeRe(en)}(:?)(</span>|</button>)`, 'g'), `$1${word}$2$3`);
  }
  out = out.replace(/(data-testid="RecipientWell"[^>]*>)To:/g, `$1${words('To', language)}:`);
  const left = [...out.replace(/<!--[\s\S]*?-->/g, '').matchAll(/(?:aria-label|title|placeholder)="([^"]*)"/g)].map((m) => m[1]!).filter((v) => LABELS.some(([en]) => en === v) || /^From: /.test(v) || /^Account manager for /.test(v));
  // "Options" and "Message" are the same word in French; "Cc" too in some languages.
  const same = new Set(LABELS.filter(([en, w]) => w[language] === en).map(([en]) => en));
  const english = left.filter((v) => !same.has(v));
  if (english.length > 0) throw new Error(`localizeOutlook(${language}) left English labels: ${english.join(', ')}`);
  return out;
}

function words(en: string, language: OutlookUiLanguage): string {
  return LABELS.find(([e]) => e === en)![1][language];
}

/**
 * `html` in Outlook's dark mode: the app's surfaces dark, text light, and the colours written in mail (a
 * signature's, the quoted header's) rewritten with the originals kept in data-ogsc (text) and data-ogsb
 * (background), as OWA does.
 */
export function darkOutlook(html: string): string {
  const css = `<style data-theme="dark">
  body, #appRoot, .app, [data-app-section=MailReadCompose], #MailList, .folders { background: #1f1f1f !important; color: #e6e6e6 !important; }
  .aVla3, .compose, #MailList [role=option] { background: #292929 !important; color: #e6e6e6 !important; }
  .discard, .ms-Button { background: #292929 !important; color: #e6e6e6 !important; }
  [role=textbox] { color: #e6e6e6; }
</style>`;
  return html
    .replace('</head>', `${css}\n</head>`)
    .replace(/<font face="Calibri, sans-serif"( style="font-size:11pt")? color="#000000"( style="font-size:11pt")?>/g, '<font face="Calibri, sans-serif" style="font-size:11pt; color: rgb(230, 230, 230) !important;" data-ogsc="rgb(0, 0, 0)">')
    .replace(/<div class="elementToProof" id="Signature">/g, '<div class="elementToProof" id="Signature" style="background-color: rgb(41, 41, 41) !important;" data-ogsb="rgb(255, 255, 255)">');
}
