/**
 * Names recorded in Latin script: Yazidis (Armenia's largest minority; Kurmanji is written
 * in Latin), diaspora Armenians returning with Western spellings, and foreign residents.
 */
import type { NamePool } from './names';

export const YAZIDI_POOL: NamePool = {
  label: 'yazidi',
  script: 'Latn',
  // Armenian citizens schooled in Armenian: letters in Armenian, and a Kurmanji
  // interpreter for those who ask for one.
  language: 'hy',
  interpreterRate: 0.25,
  nationalIdRate: 0.9,
  patronymics: false,
  male: [
    'Aziz', 'Murad', 'Rustam', 'Khudeda', 'Temur', 'Jangir', 'Knyaz', 'Sardar', 'Hasan', 'Amarik',
    'Hamo', 'Usub', 'Mraz', 'Sasha', 'Sheikho', 'Ezo',
  ],
  female: [
    'Zarifa', 'Gulizar', 'Nazira', 'Asya', 'Zina', 'Zeynab', 'Khanum', 'Leyla', 'Gulnara', 'Peri',
    'Sahra', 'Nure', 'Bese', 'Gule',
  ],
  family: [
    'Tamoyan', 'Avdoyan', 'Khudoyan', 'Chachoyan', 'Hasanyan', 'Sloyan', 'Mamoyan', 'Rashoyan',
    'Amoyan', 'Shamoyan', 'Isoyan', 'Temuryan', 'Jangiryan', 'Muradyan',
  ],
};

export const DIASPORA_POOL: NamePool = {
  label: 'diaspora',
  script: 'Latn',
  language: 'en',
  interpreterRate: 0.05,
  nationalIdRate: 0.6,
  patronymics: false,
  male: ['Raffi', 'Garo', 'Hagop', 'Krikor', 'Nareg', 'Shant', 'Sevag', 'Vartan', 'Bedros', 'Haig', 'Kevork', 'Sarkis', 'Hovig', 'Ara'],
  female: ['Talin', 'Lori', 'Nayiri', 'Maral', 'Sossi', 'Houry', 'Lara', 'Sevana', 'Alina', 'Tamar', 'Lena', 'Ani', 'Meline', 'Sirvart'],
  family: [
    'Garabedian', 'Boyajian', 'Hagopian', 'Sarkisian', 'Kouyoumdjian', 'Kalousdian', 'Manoukian', 'Tashjian',
    'Kazanjian', 'Demirjian', 'Bedrossian', 'Kevorkian', 'Ohanian', 'Papazian',
  ],
};

// Foreign residents: Iranian and Indian students and workers, Georgians from across the
// border. Separate pools so one family does not mix Persian and Indian names.
const foreign = (label: string, names: Pick<NamePool, 'male' | 'female' | 'family'>): NamePool => ({
  label, script: 'Latn', language: 'en', interpreterRate: 0.4, nationalIdRate: 0.3, patronymics: false, ...names,
});

export const IRANIAN_POOL = foreign('iranian', {
  male: ['Reza', 'Ali', 'Mohammad', 'Hamid', 'Amir', 'Mehdi'],
  female: ['Fatemeh', 'Leila', 'Maryam', 'Zahra', 'Shirin', 'Nasrin'],
  family: ['Hosseini', 'Ahmadi', 'Karimi', 'Rezaei', 'Mohammadi', 'Jafari'],
});

export const INDIAN_POOL = foreign('indian', {
  male: ['Rahul', 'Arjun', 'Vikram', 'Amit', 'Rohan', 'Sanjay'],
  female: ['Priya', 'Anjali', 'Neha', 'Pooja', 'Kavya', 'Divya'],
  family: ['Sharma', 'Patel', 'Singh', 'Gupta', 'Reddy', 'Nair'],
});

export const GEORGIAN_POOL = foreign('georgian', {
  male: ['Giorgi', 'Levan', 'Davit', 'Irakli', 'Nikoloz', 'Zurab'],
  female: ['Nino', 'Tamari', 'Mariam', 'Ketevan', 'Eka', 'Salome'],
  family: ['Beridze', 'Kapanadze', 'Gelashvili', 'Maisuradze', 'Lomidze', 'Tsiklauri'],
});
