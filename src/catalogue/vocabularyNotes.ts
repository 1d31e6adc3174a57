/**
 * What each value of the closed vocabularies means, for curators' editors (the JSON Schema's
 * `enumDescriptions`, shown beside each value as it is completed). English only; the names in
 * other languages live in content/fields.json, content/sdg11.json and the interface's locales.
 * Each note starts with the English name used there (scripts/content/schemas.test.ts checks it).
 */
import type { NetworkFieldId, Practice, Sdg11Target } from './vocabulary'

export const FIELD_NOTES: Record<NetworkFieldId, string> = {
  'crafts-folk-art': 'Crafts and Folk Art: makers, workshops and traditional techniques.',
  design: 'Design: product, graphic, fashion and urban design.',
  film: 'Film: cinemas, festivals, production and film heritage.',
  gastronomy: 'Gastronomy: food cultures, cooks, producers and markets.',
  literature: 'Literature: writers, publishers, libraries, bookshops and festivals.',
  'media-arts': 'Media Arts: digital and electronic art, games and new media.',
  music: 'Music: musicians, venues, orchestras, festivals and music education.',
  architecture:
    'Architecture: a field added to the network in 2025 (network.json only: no district in this exhibition of 2020).',
}

export const SDG11_NOTES: Record<Sdg11Target, string> = {
  '11.1': 'Adequate, safe and affordable housing and basic services (target 11.1).',
  '11.2': 'Safe, affordable, accessible and sustainable transport for all (target 11.2).',
  '11.3': 'Inclusive, sustainable urbanization and participatory planning (target 11.3).',
  '11.4': 'Protect and safeguard cultural and natural heritage (target 11.4).',
  '11.5': 'Reduce deaths, people affected and losses from disasters (target 11.5).',
  '11.6': 'Reduce the adverse environmental impact of cities (target 11.6).',
  '11.7': 'Safe, inclusive and accessible green and public spaces for all (target 11.7).',
  '11.a': 'Positive links between urban, peri-urban and rural areas (target 11.a).',
  '11.b': 'Integrated policies for inclusion and resilience to disasters (target 11.b).',
  '11.c': 'Help least developed countries build sustainable, resilient buildings (target 11.c).',
}

export const PRACTICE_NOTES: Record<Practice, string> = {
  'digital-culture': 'Culture online: concerts, exhibitions, readings or archives moved online.',
  'remote-education': 'Learning at a distance: classes, workshops and training held remotely.',
  'health-safety-design':
    'Designing for safety: masks, protective equipment, signs or spaces made against the virus.',
  'support-creative-workers':
    'Support for creative workers: grants, commissions, income or advice for artists and cultural businesses.',
  'food-solidarity': 'Food solidarity: meals and food supplies for people in need.',
  'public-space': 'Public space: culture taken to streets, squares, balconies, parks or windows.',
  'public-awareness': 'Public awareness: campaigns and artworks that spread health information.',
  'community-wellbeing':
    'Community wellbeing: care against isolation, for older people, children, patients, neighbours.',
  'network-cooperation':
    'Cooperation between cities: projects with other cities of the Creative Cities Network.',
  'hybrid-events': 'Hybrid events: festivals and fairs held partly on site and partly online.',
  'policy-monitoring':
    'Policy and monitoring: surveys, plans and measures of a city for its cultural sector.',
  'urban-recovery-planning':
    'Recovery planning: culture in a city’s plans to recover from the pandemic.',
}
