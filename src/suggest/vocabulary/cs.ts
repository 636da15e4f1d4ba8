/**
 * Czech and Slovak column vocabulary (keys lower-case without accents): the words of shop, invoicing and CRM
 * exports, with the genitive forms headers use ("Číslo objednávky", "Datum narození", "Název produktu").
 */
export const WORDS: Record<string, string[]> = {
  jmeno: ['first', 'name'], krestni: ['first'], meno: ['first', 'name'], prijmeni: ['last', 'name'], priezvisko: ['last', 'name'], nazev: ['name'], nazov: ['name'],
  osloveni: ['courtesy', 'title'], oslovenie: ['courtesy', 'title'], titul: ['title'], pohlavi: ['gender'], pohlavie: ['gender'], narozeni: ['birth'], narodenia: ['birth'], datum: ['date'],
  adresa: ['@address'], ulice: ['street'], cislo: ['number'], popisne: ['house'], mesto: ['city'], obec: ['city'], psc: ['postal', 'code'], okres: ['district'], zeme: ['country'], krajina: ['country'],
  telefonni: ['phone'], telefonne: ['phone'], mobilni: ['mobile', 'phone'], mobilny: ['mobile', 'phone'], firma: ['company'], firmy: ['company'], spolecnost: ['company'], spolecnosti: ['company'], spolocnost: ['company'],
  ico: ['registration'], dic: ['registration'], zakaznik: ['customer'], zakaznika: ['customer'], odberatel: ['customer'], odberatele: ['customer'],
  dorucovaci: ['shipping'], celkova: ['total'], celkovy: ['total'], objednavka: ['order'], objednavky: ['order'], objednavku: ['order'], faktura: ['billing'], faktury: ['billing'], fakturacni: ['billing'], fakturacna: ['billing'], dodaci: ['shipping'], dodacia: ['shipping'],
  produkt: ['product'], produktu: ['product'], zbozi: ['goods'], tovar: ['goods'], polozka: ['product'], polozky: ['product'], mnozstvi: ['quantity'], mnozstvo: ['quantity'], pocet: ['quantity'], kusu: [], ks: ['quantity'],
  cena: ['price'], ceny: ['price'], jednotkova: ['unit'], celkem: ['total'], celkom: ['total'], castka: ['amount'], suma: ['total'], dph: ['tax'], sleva: ['discount'], slevy: ['discount'], zlava: ['discount'],
  doprava: ['shipping'], dopravy: ['shipping'], dopravne: ['shipping', 'amount'], postovne: ['shipping', 'amount'], doruceni: ['shipping'], platba: ['payment'], platby: ['payment'], zpusob: ['method'], sposob: ['method'],
  mena: ['currency'], meny: ['currency'], stav: ['status'], vytvoreno: ['created'], vytvoreni: ['created'], vytvorenia: ['created'], zalozeno: ['created'], upraveno: ['updated'], zmeneno: ['updated'], aktualizace: ['updated'],
  jazyk: ['language'], poznamka: ['note'], poznamky: ['note'], popis: ['description'], souhlas: ['opt', 'in'], novinky: ['opt', 'in'], sledovani: ['tracking'], zasilky: ['shipping'], dopravce: ['carrier'],
  pracovni: ['work'], pracovny: ['work'], domaci: ['home'], soukromy: ['home'], pozice: ['job', 'title'], funkce: ['job', 'title'], oddeleni: ['department'], oddelenie: ['department'],
  bez: ['excl'], vcetne: ['incl'], za: [], se: [],
}

/** Whole headers only ("Stát"; see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { stat: ['country'] }

export const PHRASES: Record<string, string[]> = {
  'cele jmeno': ['full', 'name'], 'jmeno a prijmeni': ['full', 'name'], 'meno a priezvisko': ['full', 'name'], 'datum narozeni': ['birth', 'date'], 'datum narodenia': ['birth', 'date'],
  'cislo popisne': ['house', 'number'], 'nazev firmy': ['company', 'name'], 'nazov firmy': ['company', 'name'], 'cislo zakaznika': ['customer', 'id'], 'cislo objednavky': ['order', 'number'],
  'datum objednavky': ['order', 'date'], 'nazev produktu': ['product', 'name'], 'nazov produktu': ['product', 'name'], 'kod produktu': ['sku'], 'cena za kus': ['unit', 'price'], 'cena za jednotku': ['unit', 'price'],
  'zpusob dopravy': ['shipping', 'method'], 'zpusob platby': ['payment', 'method'], 'sposob platby': ['payment', 'method'], 'cislo faktury': ['billing', 'number'], 'datum vytvoreni': ['created', 'date'],
  'cislo zasilky': ['tracking', 'number'], 'e mail': ['email'], 'cena s dph': ['total'], 'cena bez dph': ['net'], 'celkem s dph': ['total'], 'celkem bez dph': ['net'],
}

/** Czech (and Slovak) words other languages read otherwise (Polish "kraj" is the country): in a Czech file, these. */
export const OWN: Record<string, string[]> = { kraj: ['state'], stat: ['country'] }
