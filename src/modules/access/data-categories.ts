/**
 * Data categories and processing purposes: the vocabulary consent, legal bases and the
 * access policy share. Mapped to W3C DPV terms so consent records can be exchanged.
 */
import { z } from 'zod';

export const DataCategory = z
  .enum(['identity', 'contact', 'employment', 'education', 'benefits', 'health', 'addiction', 'domestic_violence', 'criminal_record', 'financial'])
  .describe('Category of personal data');
export type DataCategory = z.infer<typeof DataCategory>;
export const ALL_CATEGORIES = DataCategory.options;

/** Special categories: hidden unless consent or a recorded legal basis covers them. */
export const SENSITIVE_CATEGORIES: readonly DataCategory[] = ['health', 'addiction', 'domestic_violence', 'criminal_record'];
export const isSensitive = (c: DataCategory) => SENSITIVE_CATEGORIES.includes(c);

export const ProcessingPurpose = z.enum(['case_work', 'referral', 'evaluation']).describe('Why the data are used');
export type ProcessingPurpose = z.infer<typeof ProcessingPurpose>;

/** DPV purpose IRIs for export (https://w3id.org/dpv). */
export const dpvPurpose: Record<ProcessingPurpose, string> = {
  case_work: 'https://w3id.org/dpv#ServiceProvision',
  referral: 'https://w3id.org/dpv#ServiceProvision',
  evaluation: 'https://w3id.org/dpv#ServiceOptimisation',
};

/** DPV personal-data category IRIs (https://w3id.org/dpv/pd). */
export const dpvCategory: Record<DataCategory, string> = {
  identity: 'https://w3id.org/dpv/pd#Identifying',
  contact: 'https://w3id.org/dpv/pd#Contact',
  employment: 'https://w3id.org/dpv/pd#EmploymentHistory',
  education: 'https://w3id.org/dpv/pd#EducationQualification',
  benefits: 'https://w3id.org/dpv/pd#PublicBenefit',
  health: 'https://w3id.org/dpv/pd#Health',
  addiction: 'https://w3id.org/dpv/pd#HealthRecord',
  domestic_violence: 'https://w3id.org/dpv/pd#Family',
  criminal_record: 'https://w3id.org/dpv/pd#CriminalConviction',
  financial: 'https://w3id.org/dpv/pd#Financial',
};
