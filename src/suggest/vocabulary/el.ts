/** Greek column vocabulary (keys lower-case, accents folded as names are): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  ονομα: ['first', 'name'], επωνυμο: ['last', 'name'], ονοματεπωνυμο: ['full', 'name'], φυλο: ['gender'], γεννησης: ['birth'], εταιρεια: ['company'], εταιρειας: ['company'], επωνυμια: ['company', 'name'], θεση: ['job', 'title'], τμημα: ['department'], ιστοσελιδα: ['website'],
  email: ['email'], τηλεφωνο: ['phone'], κινητο: ['mobile', 'phone'], φαξ: ['fax', 'phone'], διευθυνση: ['@address'], οδος: ['street'], πολη: ['city'], περιοχη: ['district'], νομος: ['state'], χωρα: ['country'], τκ: ['postal', 'code'],
  πελατης: ['customer'], πελατη: ['customer'], μελος: ['member'], αριθμος: ['number'], κωδικος: ['code'], παραγγελια: ['order'], παραγγελιας: ['order'], ημερομηνια: ['date'], ωρα: ['time'],
  προιον: ['product'], προιοντος: ['product'], ποσοτητα: ['quantity'], τιμη: ['price'], μοναδας: ['unit'], συνολο: ['total'], ποσο: ['amount'], φπα: ['tax'], φορος: ['tax'], εκπτωση: ['discount'], κουπονι: ['coupon'],
  αποστολη: ['shipping'], αποστολης: ['shipping'], μεταφορικα: ['shipping', 'amount'], νομισμα: ['currency'], πληρωμη: ['payment'], πληρωμης: ['payment'], τροπος: ['method'], κατασταση: ['status'], δημιουργιας: ['created'], ενημερωσης: ['updated'],
  ποντοι: ['point'], βαθμιδα: ['tier'], σημειωσεις: ['note'], σχολια: ['note'], γλωσσα: ['language'], αφμ: ['registration'], περιγραφη: ['description'], τυπος: ['type'],
  και: [], του: [], της: [],
}

export const PHRASES: Record<string, string[]> = {
  'ημερομηνια γεννησης': ['birth', 'date'], 'ταχυδρομικος κωδικας': ['postal', 'code'], 'κινητο τηλεφωνο': ['mobile', 'phone'], 'αριθμος παραγγελιας': ['order', 'number'], 'ημερομηνια παραγγελιας': ['order', 'date'],
  'ονομα προιοντος': ['product', 'name'], 'τιμη μοναδας': ['unit', 'price'], 'κοστος αποστολης': ['shipping', 'amount'], 'τροπος πληρωμης': ['payment', 'method'], 'τροπος αποστολης': ['shipping', 'method'], 'αριθμος αποστολης': ['tracking', 'number'],
}
