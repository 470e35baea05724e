import { defineCollection } from 'astro:content';
import { corpusLoader } from './content/loader';

export const collections = {
  programmes: defineCollection({ loader: corpusLoader('programmes') }),
  tenders: defineCollection({ loader: corpusLoader('tenders') }),
  providers: defineCollection({ loader: corpusLoader('providers') }),
  responses: defineCollection({ loader: corpusLoader('responses') }),
  evaluations: defineCollection({ loader: corpusLoader('evaluations') }),
};
