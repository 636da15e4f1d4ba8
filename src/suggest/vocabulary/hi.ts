/** Hindi column vocabulary (Devanagari, as Indian ledger, shop and CRM apps write it; English loanwords as they spell them). */
export const WORDS: Record<string, string[]> = {
  नाम: ['name'], पहला: ['first'], उपनाम: ['last'], लिंग: ['gender'], जन्म: ['birth'], कंपनी: ['company'], पद: ['job', 'title'],
  ईमेल: ['email'], फोन: ['phone'], फ़ोन: ['phone'], मोबाइल: ['mobile', 'phone'], नंबर: ['number'], संख्या: ['number'],
  पता: ['@address'], शहर: ['city'], राज्य: ['state'], ज़िला: ['district'], जिला: ['district'], देश: ['country'], पिन: ['postal'], पिनकोड: ['postal', 'code'], कोड: ['code'],
  ग्राहक: ['customer'], सदस्य: ['member'], उपयोगकर्ता: ['user'], विक्रेता: ['seller'], दुकान: ['store'],
  ऑर्डर: ['order'], आदेश: ['order'], तारीख: ['date'], तारीख़: ['date'], दिनांक: ['date'], तिथि: ['date'], समय: ['time'],
  उत्पाद: ['product'], सामान: ['product'], मात्रा: ['quantity'], कीमत: ['price'], मूल्य: ['price'], दर: ['price'], राशि: ['amount'], रकम: ['amount'], कुल: ['total'], छूट: ['discount'], कर: ['tax'], जीएसटी: ['tax'],
  भुगतान: ['payment'], तरीका: ['method'], लेनदेन: ['transaction'], बकाया: ['balance'], शेष: ['balance'], स्थिति: ['status'], टिप्पणी: ['note'], नोट: ['note'], श्रेणी: ['category'], अंक: ['point'],
  का: [], की: [], के: [], और: [], में: [],
}

export const PHRASES: Record<string, string[]> = {
  'पहला नाम': ['first', 'name'], 'अंतिम नाम': ['last', 'name'], 'पूरा नाम': ['full', 'name'], 'जन्म तिथि': ['birth', 'date'], 'जन्म तारीख': ['birth', 'date'],
  'पिन कोड': ['postal', 'code'], 'मोबाइल नंबर': ['mobile', 'phone'], 'फोन नंबर': ['phone', 'number'], 'ऑर्डर आईडी': ['order', 'id'], 'ऑर्डर नंबर': ['order', 'id'],
  'भुगतान का तरीका': ['payment', 'method'], 'कुल राशि': ['total'],
}
