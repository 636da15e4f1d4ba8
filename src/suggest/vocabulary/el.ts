/** Greek column vocabulary (keys lower-case, accents folded as names are): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  // an identifier ("Αναγνωριστικό παραγγελίας": the order's), an e-mail address written out ("address of electronic mail"), a refund of money
  αναγνωριστικο: ['id'], επιστροφης: ['refund'], χρηματων: [],
  // a courier's shipment list (ACS): the recipient (παραλήπτης) and the service booked (υπηρεσία); a delegate's title (τίτλος)
  παραληπτης: ['recipient'], παραληπτη: ['recipient'], υπηρεσια: ['service'], τιτλος: ['title'],
  γραμμης: ['product'], γραμμη: ['product'],
  ονομα: ['first', 'name'], επωνυμο: ['last', 'name'], ονοματεπωνυμο: ['full', 'name'], φυλο: ['gender'], γεννησης: ['birth'], εταιρεια: ['company'], εταιρειας: ['company'], επωνυμια: ['company', 'name'], θεση: ['job', 'title'], τμημα: ['department'], ιστοσελιδα: ['website'],
  email: ['email'], τηλεφωνο: ['phone'], κινητο: ['mobile', 'phone'], φαξ: ['fax', 'phone'], διευθυνση: ['@address'], οδος: ['street'], πολη: ['city'], περιοχη: ['district'], νομος: ['state'], χωρα: ['country'], τκ: ['postal', 'code'],
  πελατης: ['customer'], πελατη: ['customer'], μελος: ['member'], αριθμος: ['number'], κωδικος: ['code'], παραγγελια: ['order'], παραγγελιας: ['order'], ημερομηνια: ['date'], ωρα: ['time'],
  προιον: ['product'], προιοντος: ['product'], ποσοτητα: ['quantity'], τιμη: ['price'], μοναδας: ['unit'], συνολο: ['total'], ποσο: ['amount'], φπα: ['tax'], φορος: ['tax'], εκπτωση: ['discount'], κουπονι: ['coupon'],
  αποστολη: ['shipping'], αποστολης: ['shipping'], μεταφορικα: ['shipping', 'amount'], νομισμα: ['currency'], πληρωμη: ['payment'], πληρωμης: ['payment'], τροπος: ['method'], κατασταση: ['status'], δημιουργιας: ['created'], ενημερωσης: ['updated'],
  ποντοι: ['point'], βαθμιδα: ['tier'], σημειωσεις: ['note'], σχολια: ['note'], γλωσσα: ['language'], αφμ: ['registration'], περιγραφη: ['description'], τυπος: ['type'],
  και: [], του: [], της: [],
  // everyday words of shop (Shopify, WooCommerce, OpenCart in Greek), invoicing (myDATA, Epsilon/SoftOne), CRM, newsletter and analytics UIs
  πατρωνυμο: ['middle', 'name'], προσφωνηση: ['courtesy', 'title'], ημερ: ['date'], γενεθλια: ['birth', 'date'], ιθαγενεια: ['nationality'], εθνικοτητα: ['nationality'], σημειωση: ['note'], σχολιο: ['note'],
  τηλ: ['phone'], κιν: ['mobile', 'phone'], σταθερο: ['phone'], εργασιας: ['work'], οικιας: ['home'], προσωπικο: ['personal'], ιστοτοπος: ['website'],
  αρ: ['number'], ταχυδρομικος: ['postal'], κωδ: ['code'], περιφερεια: ['state'], δημος: ['city'], χωρας: ['country'], τιμολογησης: ['billing'], τιμολογιο: ['billing'], τιμολογιου: ['billing'], παραστατικο: ['billing'], παραστατικου: ['billing'], παραδοσης: ['shipping'], παραδοση: ['shipping'], διευθυνσης: ['@address'],
  επιχειρηση: ['company'], επιχειρησης: ['company'], οργανισμος: ['company'], φορεας: ['company'], ιδρυμα: ['company'], ιδιοτητα: ['job', 'title'], επαγγελμα: ['job', 'title'], δου: [], κλαδος: [], γεμη: ['registration'],
  χρηστης: ['user'], χρηστη: ['user'], αναφορα: ['reference'], αναφορας: ['reference'], παραγγελιες: ['order'], προιοντα: ['goods'], ειδος: ['product'], ειδους: ['product'], ειδη: ['goods'], κατηγορια: ['category'], μαρκα: ['manufacturer'], κατασκευαστης: ['manufacturer'], τεμαχια: ['quantity'], τεμ: ['quantity'], ποσ: ['quantity'],
  υποσυνολο: ['subtotal'], καθαρη: ['net'], καθαρο: ['net'], αξια: ['value'], μικτο: ['gross'], συνολικο: ['total'], συνολικοι: ['total'], συνολικη: ['total'], εκπτωσης: ['discount'], κουπονιου: ['coupon'], συναλλαγη: ['transaction'], συναλλαγης: ['transaction'], επιστροφη: ['return'], ακυρωση: ['cancel'], ακυρωμενη: ['cancel'], τροποποιησης: ['updated'], εγγραφης: ['created'], εξοφληση: ['paid'], προμηθεια: ['fee'],
  ενημερωτικο: ['newsletter'], δελτιο: [], συγκαταθεση: ['opt', 'in'], απεγγραφη: ['opt', 'out'], πηγη: ['source'], καναλι: ['channel'], καμπανια: ['campaign'], ετικετες: ['tag'], ετικετα: ['tag'], ομαδα: ['group'],
  υπολοιπο: ['balance'], ληξη: ['expiry'], ληξης: ['expiry'], επιπεδο: ['tier'], επιβραβευση: ['loyalty'], επιβραβευσης: ['loyalty'], εξαργυρωση: ['redeemed'], εξαργυρωμενοι: ['redeemed'],
  συμβαν: ['event'], συνεδρια: ['session'], σελιδα: ['page'], σελιδας: ['page'], συνδεσμος: ['url'], συσκευη: ['device'], συσκευης: ['device'], οθονη: ['screen'], οθονης: ['screen'], αναλυση: ['resolution'], παραπομπη: ['referrer'], επισκεψη: ['visit'], επισκεπτης: ['visitor'], προβολες: ['views'], διαρκεια: ['duration'],
  χρωμα: ['color'], μεγεθος: ['size'], βαρος: ['weight'], καταστημα: ['store'], πωλητης: ['seller'], τελευταια: ['last'], τελευταιας: ['last'], συνδεση: ['login'], συνδεσης: ['login'], καρτα: ['card'], καρτας: ['card'], χωρις: ['excl'], συμπ: ['incl'], με: ['incl'],
  // genitives headers use ("Κωδικός πόλης", "Αριθμός τηλεφώνου", "Ημερομηνία κατάστασης")
  πολης: ['city'], οδου: ['street'], τηλεφωνου: ['phone'], κινητου: ['mobile', 'phone'], πελατων: ['customer'], προιοντων: ['goods'], ποσοτητας: ['quantity'], τιμης: ['price'], κωδικου: ['code'], αριθμου: ['number'], ημερομηνιας: ['date'], καταστασης: ['status'], νομισματος: ['currency'], γλωσσας: ['language'], φυλου: ['gender'], εταιρια: ['company'], εταιριας: ['company'],
  // WooCommerce in Greek: the billing address is the charge's ("Πόλη (Χρέωση)")
  χρεωση: ['billing'], χρεωσης: ['billing'], μεθοδος: ['method'], κοστος: ['price'], ολοκληρωση: ['completed'], ολοκληρωσης: ['completed'], φορου: ['tax'],
}

export const PHRASES: Record<string, string[]> = {
  'υπευθυνος επικοινωνιας': ['contact', 'person'],
  'ημερομηνια γεννησης': ['birth', 'date'], 'ταχυδρομικος κωδικας': ['postal', 'code'], 'κινητο τηλεφωνο': ['mobile', 'phone'], 'αριθμος παραγγελιας': ['order', 'number'], 'ημερομηνια παραγγελιας': ['order', 'date'],
  'ονομα προιοντος': ['product', 'name'], 'τιμη μοναδας': ['unit', 'price'], 'κοστος αποστολης': ['shipping', 'amount'], 'τροπος πληρωμης': ['payment', 'method'], 'τροπος αποστολης': ['shipping', 'method'], 'αριθμος αποστολης': ['tracking', 'number'],
  // abbreviations written with dots or slashes ("Ημ/νία", "Τ.Κ.", "Ταχ. Κώδ.")
  'ημ νια': ['date'], 'αρ παραγγελιας': ['order', 'number'], 'αρ τιμολογιου': ['billing', 'number'], 'τ κ': ['postal', 'code'], 'ταχ κωδ': ['postal', 'code'], 'ημ νια γεννησης': ['birth', 'date'],
  'διευθυνση ηλεκτρονικου ταχυδρομειου': ['email'], 'ηλεκτρονικου ταχυδρομειου': ['email'],
  'μεσαιο ονομα': ['middle', 'name'], 'ονομα πατρος': ['middle', 'name'], 'ηλεκτρονικο ταχυδρομειο': ['email'], 'διευθυνση email': ['email'], 'σταθερο τηλεφωνο': ['phone'], 'κωδικος χωρας': ['country', 'code'],
  'επωνυμια εταιρειας': ['company', 'name'], 'ονομα εταιρειας': ['company', 'name'], 'θεση εργασιας': ['job', 'title'], 'αριθμος εργαζομενων': [],
  'κωδικος πελατη': ['customer', 'id'], 'αριθμος πελατη': ['customer', 'id'], 'κωδικος μελους': ['member', 'id'], 'αριθμος μελους': ['member', 'id'], 'ονομα χρηστη': ['login'], 'κωδικος χρηστη': ['user', 'id'], 'αριθμος αναφορας': ['reference', 'number'],
  'κωδικος προιοντος': ['sku'], 'κωδικος ειδους': ['sku'], 'κωδικος παραγγελιας': ['order', 'id'], 'αριθμος τιμολογιου': ['billing', 'number'], 'αριθμος παραστατικου': ['billing', 'number'], 'περιγραφη ειδους': ['product', 'name'],
  'μερικο συνολο': ['subtotal'], 'καθαρη αξια': ['net'], 'συνολικο ποσο': ['total'], 'γενικο συνολο': ['total'], 'κωδικος κουπονιου': ['coupon', 'code'], 'κωδικος εκπτωσης': ['coupon', 'code'], 'εξοδα αποστολης': ['shipping', 'amount'], 'χρεωση αποστολης': ['shipping', 'amount'],
  'μεταφορικη εταιρεια': ['carrier'], 'αριθμος voucher': ['tracking', 'number'], 'αριθμος συναλλαγης': ['transaction', 'id'], 'επιστροφη χρηματων': ['refund'], 'ημερομηνια πληρωμης': ['paid', 'date'], 'ημερομηνια εγγραφης': ['created', 'date'],
  'ενημερωτικο δελτιο': ['newsletter'], 'μελος απο': ['join', 'date'], 'ημερομηνια ληξης': ['expiry'], 'υπολοιπο ποντων': ['points'],
  'τιτλος σελιδας': ['page', 'name'], 'προγραμμα περιηγησης': ['browser'], 'λειτουργικο συστημα': ['operating', 'system'], 'αναλυση οθονης': ['screen', 'resolution'], 'διευθυνση ip': ['ip'],
  'αριθμος τηλεφωνου': ['phone', 'number'], 'αριθμος κινητου': ['mobile', 'phone'],
  'μεθοδος πληρωμης': ['payment', 'method'], 'μεθοδος αποστολης': ['shipping', 'method'], 'ποσο εκπτωσης': ['discount', 'amount'], 'ποσο φορου': ['tax', 'amount'],
}
