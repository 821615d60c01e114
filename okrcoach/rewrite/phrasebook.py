"""One language's rewrite data (lang/<lang>/rewrite.toml): word lists, verb families, templates; validated at load."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from ..lang import data_file
from .catalog import UNITS

_STR, _STRS, _STR_MAP, _STRS_MAP, _PAIRS = "text", "list of text", "table of text", "table of lists", "list of pairs"

# the shape of every file: section -> key -> kind of value ("*" is any key)
_SCHEMA: dict[str, dict[str, str]] = {
    "banned": {"phrases": _STRS},
    "reading": {
        "trailing_notes": _STRS,
        "compound_suffixes": _STRS,
        "measure_suffixes": _STRS,
        "manner_adverbs": _STRS,
        "plain_verb_end": _STR,
        "time_spent": _STR,
        "quantity_verbs": _STRS,
        "quantity_nouns": _STRS,
        "leading_notes": _STRS,
        "deadline_openers": _STRS,
        "deadline_tail": _STR,
        "deadline_head": _STR,
        "deadline_fallback": _STR,
        "link": _STR,
        "subject": _STR,
        "wish": _STR,
        "adverb": _STR,
        "aspect": _STR,
        "progressive": _STR,
        "article_before_vowel": _STR,
        "trailing_adverb": _STR,
        "reined_in": _STR,
        "stopwords": _STRS,
        "past_event": _STR,
        "buying_verbs": _STRS,
        "whole_set_verbs": _STRS,
        "course_of": _STR,
        "routine_check_nouns": _STRS,
        "reported_nouns": _STRS,
        "plural_apart": _STRS,
        "not_money": _STRS,
        "tidied_places": _STRS,
        "tidying_verbs": _STRS,
        "practice_plans": _STRS,
        "bug_words": _STRS,
        "reported_by": _STR,
        "revising_verbs": _STRS,
        "attitude_words": _STRS,
        "head_end": _STRS,
        "head_participles": _STRS,
        "coverage_misfit_verbs": _STRS,
        "versus": _STR,
        "taught_by": _STR,
        "way_of_doing": _STR,
        "way_said": _STR,
        "taught_topic_lead": _STR,
        "sold_more": _STR,
        "submitted_to": _STR,
        "duty_lead": _STR,
        "found_in_oneself": _STR,
        "watched_verbs": _STRS,
        "produced_metrics": _STRS,
        "animal_taught": _STR,
        "animal_handled": _STR,
        "pitched": _STR,
        "restocked": _STR,
        "deadline_event": _STR,
        "time_cut": _STR,
        "enforced_first": _STR,
        "time_cut_as": _STR,
        "taught_self": _STR,
        "occasions_before": _STR,
        "own_permit": _STR,
        "permit_metrics": _STRS,
        "group_opening": _STR,
        "event_tried": _STR,
        "event_tried_as": _STR,
        "tried_once": _STR,
        "reached_group": _STR,
        "reached_as": _STR,
        "conveyed": _STR,
        "sold_channel": _STR,
        "way_practised": _STR,
        "practice_joined": _STR,
        "habit_to_form": _STR,
        "practice_for_event": _STR,
        "event_piece": _STR,
        "event_by": _STR,
        "the_one": _STR,
        "manner_tail": _STR,
        "spoken_held": _STR,
        "others_as_learners": _STR,
        "not_playing_quality": _STR,
        "possessives": _STRS,
        "of_possessive": _STR,
        "translated_sets": _STRS,
        "translated": _STR,
        "translated_thing": _STR,
        "audience_names": _STR_MAP,
        "certified_course": _STR,
        "quotes_for": _STR,
        "hands_on": _STR,
        "hands_on_verbs": _STRS,
        "not_hands_on": _STRS,
        "course_taken_in": _STR,
        "tidied_place": _STR,
        "documented": _STR,
        "documented_generic": _STRS,
        "second_verbs": _STRS,
        "drill_verbs": _STRS,
        "mass_brand_metrics": _STRS,
        "course_taking_verbs": _STRS,
        "course_heads": _STRS,
        "taken_heads": _STRS,
        "each_time": _STR,
        "relied_on": _STR,
        "relied_members": _STR_MAP,
        "how_long_said": _STR,
        "done_faster": _STR,
        "purpose_fewer": _STR,
        "purpose_take_on": _STR,
        "purpose_done": _STR,
        "finished_projects": _STRS,
        "queue_said": _STR,
        "queue_said_as": _STR,
        "wait_said": _STR,
        "wait_said_as": _STR,
        "line_kept": _STR,
        "line_kept_as": _STR,
        "numbered_fault": _STR,
        "routed": _STR,
        "spoken_use": _STR,
        "decided": _STR,
        "started_offer": _STR,
        "offer_takers": _STR_MAP,
        "offer_item_end": _STR,
        "read_not_books": _STRS,
        "jurisdiction_metrics": _STRS,
        "jurisdiction_words": _STRS,
        "not_ended_by_learning": _STR,
        "done_faster_as": _STR,
        "how_long_said_as": _STR,
        "faster_time_nouns": _STRS,
        "faster_noun_as": _STR,
        "seller_words": _STRS,
        "certificate_named": _STR,
        "own_exam": _STR,
        "posted_things": _STRS,
        "sign_languages": _STRS,
        "choosing_verbs": _STRS,
        "printed_nouns": _STRS,
        "printing_verbs": _STRS,
        "question_words": _STRS,
        "group_misfit_verbs": _STRS,
        "session_verbs": _STRS,
        "not_sessions": _STRS,
        "per_occasion": _STRS,
        "uncounted_raise_verbs": _STRS,
        "quality_raise_verbs": _STRS,
        "setting_up_verbs": _STRS,
        "launch_units": _STRS,
        "meeting_nouns": _STRS,
        "people_domains": _STRS,
        "moving_over_verbs": _STRS,
        "not_moved_over": _STRS,
        "acceptance_verbs": _STRS,
        "acceptance_nouns": _STRS,
        "selection_verbs": _STRS,
        "selection_nouns": _STRS,
        "detector_words": _STRS,
        "mend_verbs": _STRS,
        "survey_words": _STRS,
        "survey_run_verbs": _STRS,
        "not_questionnaires": _STRS,
        "must_do_words": _STRS,
        "duty_verbs": _STRS,
        "duty_objects": _STRS,
        "rate_heads": _STRS,
        "exam_ahead": _STR,
        "not_mendable": _STRS,
        "award_nouns": _STRS,
        "kept_qualities": "quality table",
        "measure_nouns": _STRS,
        "measure_units": _STR_MAP,
        "determiners": _STRS,
        "not_plural": _STRS,
        "plural": _STRS,
        "comparatives": _STRS,
        "number_words": _STRS,
        "irregular": _STR_MAP,
        "double_final": _STRS,
        "generic_verbs": _STRS,
        "vague_deadlines": _STRS,
        "event_deadlines": _STRS,
        "occasion_deadline": _STR,
        "named_days": _STR,
        "fortnightly_words": _STR,
        "routine_cues": _STRS_MAP,
        "record_verbs": _STRS,
        "records": _STRS,
        "quality_nouns": _STR_MAP,
        "proper_words": _STRS,
        "personal_occasions": _STRS,
        "read_together": _STRS,
        "routine_starts": _STRS,
        "more_often": _STR,
        "purpose_verbs": _STRS,
        "attributive": _STR,
        "wish_endings": _PAIRS,
        "time_words": _STRS,
        "collections": _STRS,
        "not_deadline": _STRS,
        "needs_by": _STRS,
        "by": _STR,
        "rate_words": _STRS,
        "articles": _STRS,
        "singular_determiners": _STRS,
        "quantity_words": _STRS,
        "subject_strip": _STRS,
        "not_title": _STRS,
        "others_learn": _STRS,
        "other_learners": _STRS,
        "states": _STRS,
        "build_fits": _STRS,
        "object_marked_verbs": _STRS,
        "giving_verbs": _STRS,
        "given_events": _STRS,
        "fix_fits": _STRS,
        "group_scope": _STR,
        "place_scope": _STR,
        "habit_forming": _STR,
        "adjective_ings": _STRS,
        "exam_level": _STR,
        "certification_levels": _STR_MAP,
        "exam_of_title": _STR,
        "not_kind_words": _STRS,
        "work_team": _STR,
        "every_day_words": _STRS,
        "club_running_verbs": _STRS,
        "not_used_by_people": _STRS,
        "routine_noun_verbs": _STR_MAP,
        "routine_noun_opening": _STR,
        "habit_in_purpose": _STR,
        "felt_by_others": _STR,
        "known_as": _STR,
        "after_each": _STR,
        "after_occasion": _STR,
        "weather_occasions": _STR_MAP,
        "must_do_pattern": _STR,
        "piece_for_event": _STR,
        "performance_events": _STR,
        "each_occasion": _STR,
        "weekends_too": _STR,
        "outside_teams": _STR,
        "inspect_verbs": _STRS,
        "inspection_nouns": _STRS,
        "inspection_done_verbs": _STRS,
        "subject_marker": _STR,
        "said_unaided": _STR,
        "piece_word": _STR,
        "not_by_heart": _STR,
        "by_heart": _STR,
        "by_heart_said": _PAIRS,
        "not_published": _STR,
        "practice_adopted": _STR,
        "after_each_periods": _STR,
        "timely": _STR,
        "how_to_use": _STR,
        "stops_reason": _STR,
        "how_fast": _STR,
        "how_fast_as": _STR,
        "how_long": _STR,
        "how_long_as": _STR,
        "faster": _STR,
        "faster_as": _STR,
        "enforced": _STR,
        "adoption_suffixes": _STRS,
        "adoptable_nouns": _STRS,
        "exam_word": _STR,
        "times_count": _STR,
        "per_cycle": _STR_MAP,
        "event_light_verbs": _STRS,
        "drafting_words": _STRS,
        "loose_stopwords": _STRS,
        "intensifiers": _STRS,
        "processing_verbs": _STRS,
        "household_words": _STRS,
        "work_day_words": _STRS,
        "recommended_by": _STR,
        "manager_words": _STRS,
        "school_day_words": _STRS,
        "school_class": _STR,
        "learned_for": _STR,
        "compound_actions": _STRS,
        "verb_skill": _STR,
        "body_abilities": _STRS,
        "organisation_abilities": _STRS,
        "negative_openers": _STRS,
        "noted_deadline": _STR,
        "noted_deadline_as": _STR,
        "variants": _STR_MAP,
        "submitting_verbs": _STRS,
        "relative_to_today": _STR,
        "turnaround": _STR,
        "run_verb": _STR,
        "insistence": _STR,
        "study_for_verbs": _STRS,
        "unnamed_exam_words": _STRS,
        "prepare_for_verbs": _STRS,
        "run_after": _STRS,
        "not_place_before": _STRS,
        "speed_words": _STRS,
        "plain_verbs": _STRS,
        "not_places": _STRS,
        "able_to": _STR,
        "able_subject": _STR,
        "able_alone": _STR,
        "groups": _STRS,
        "language_verbs": _STRS,
        "contacts": _STRS,
        "on_a_day": _STRS,
        "not_documents": _STRS,
        "the_language": _STR,
        "specific_as": _STR_MAP,
        "specific_words": _STRS_MAP,
        "any_language": _STR,
        "review_verbs": _STRS,
        "project_fits": _STRS,
        "project_running_verbs": _STRS,
        "times_of_day": _STR_MAP,
        "proposal_nouns": _STRS,
        "dated": _STR,
        "exam_languages": _STR_MAP,
        "find_misfits": _STRS,
        "option_nouns": _STRS,
        "manner_nouns": _STRS,
        "cadence_adjectives": _STRS,
        "attendee_verbs": _STRS,
        "count_before_topic": _STRS,
        "coverage_before_topic": _STRS,
        "coverage_bare_verbs": _STRS,
        "coverage_first_verbs": _STRS,
        "topic_before_own": _STRS,
        "share_words": _STRS,
        "starting_verbs": _STRS,
        "verbless_routine_nouns": _STRS,
        "deciding_verbs": _STRS,
        "made_each_time": _STRS,
        "home_purposes": _STRS,
        "taken_up": _STR,
        "routine_moment": _STR,
        "opening_verbs": _STRS,
        "opened_places": _STRS,
        "own_start": _STR,
        "compound_heads": _STRS,
        "trade_heads": _STRS,
        "piece_learned": _STR,
        "keeps_breaking": _STR,
        "music_cues": _STR,
        "not_pieces": _STR,
        "basic_words": _STR,
        "basic_levels": _STR_MAP,
        "typos": _STR_MAP,
        "trial_made": _STR,
        "tasted_things": _STR,
        "drunk_things": _STR,
        "gathering": _STR,
        "notation_read": _STR,
        "notation_plain": _STR,
        "queue_nouns": _STRS,
        "queue_faster_as": _STR,
        "counted_doing": _STR,
        "counted_doing_as": _STR,
        "promoted": _STRS,
        "promoted_via": _STR,
        "notation_plain_as": _STR,
        "notation_written_as": _STR,
        "playing_aspect": _STR,
        "playing_ensemble": _STR,
        "playing_instrument": _STR,
        "playing_cue": _STR,
        "not_asked": _STR,
        "playing_quality_kept": _STR,
        "playing_quality_dropped": _STR,
        "playing_quality_as": _STR,
        "playing_taught": _STR,
        "local_trade": _STR,
        "stops_people": _STRS,
        "schedule_outcome_metrics": _STRS,
        "after_done": _STR,
        "reason_contrast": _STR,
        "work_won": _STR,
        "stocked": _STR,
        "played_piece": _STR,
        "signed": _STR,
        "course_on": _STR,
        "documented_revised": _STR,
        "worked": _STR,
        "done_alone": _STR,
        "toured": _STR,
        "toured_as": _STR,
        "toured_the": _STR,
        "scheduled": _STR,
        "piece_named": _STR,
        "not_quantities": _STR,
        "tidied_order": _STR,
        "logged": _STR,
        "local_trade_metrics": _STRS,
        "playing_heard": _STR,
        "playing_instrument_as": _STR,
        "verb_apart_loanwords": _STRS,
        "played_for": _STR,
        "state_wished": _STR,
        "hands_on_from_course": _STRS,
        "hands_on_by_way_only": _STRS,
        "fault_nouns": _STR,
        "piece_over_kinds": _STRS,
        "once_verbs": _STRS,
        "holding_verbs": _STRS,
        "fix_verbs_for_faults": _STRS,
        "pastime_domains": _STRS,
        "own_domains": _STRS,
        "others_modifiers": _STRS,
        "verb_particles": _STRS,
        "problem_nouns": _STRS,
        "deadline_endings": _STR_MAP,
        "formal_verbs": _STR_MAP,
        "kana_verbs": _STR_MAP,
        "formal_after": _STRS_MAP,
        "deadline_complete": _STRS,
        "deadline_default_ending": _STR,
        "negations": _STRS,
        "leading_particles": _STRS,
        "noun_phrase_endings": _STRS,
        "doing_verbs": _STRS,
        "routine_nouns": _STRS,
        "joined_things": _STRS,
        "booked_things": _STRS,
        "sold_things": _STRS,
        "class_things": _STRS,
        "reporting_verbs": _STRS,
        "own_share": _STRS,
        "routine_companions": _STRS,
        "adherence_metrics": _STRS,
        "within_month_times": _STRS,
        "broad_training_metrics": _STRS,
        "fewer": _STR,
        "fewer_felt_as": _STR,
        "served_groups": _STR,
        "own_quantity": _STR,
        "own_quantity_up": _STRS,
        "own_quantity_either": _STRS,
        "own_quantity_any_head": _STRS,
        "trouble_of": _STR,
        "too_many": _STR,
        "purpose_quantity": _STR,
        "time_spent_as": _STR,
        "purpose_up": _STRS,
        "purpose_sold": _STRS,
        "purpose_sold_as": _STR,
        "quantity_heads_down": _STRS,
        "quantity_heads": _STRS,
        "more_of": _STR,
        "switched_to": _STR,
        "physical_systems": _STRS,
        "migrated": _STR,
        "moved_off": _STR,
        "tool_verbs": _STRS,
        "goal_link": _STR,
        "exam_entry_verbs": _STRS,
        "exam_words": _STRS,
        "last_periods": _STRS,
        "object_verbs": _STRS,
        "adverbial_nouns": _STRS,
        "unfinished": _STRS,
        "case_particles": _STRS,
        "once": _STRS,
        "godan": _STR_MAP,
        "ichidan_before": _STR,
        "verb_endings": _STRS,
        "light_verbs": _STRS,
        "ichidan_kanji": _STRS,
        "particles": _STRS,
        "work_words": _STRS,
        "personal_domains": _STRS,
        "not_my_health": _STRS,
        "not_my_home": _STRS,
        "not_public": _STRS,
        "shared_health_metrics": _STRS,
        "practised_kinds": _STRS,
        "personal_words": _STRS,
        "why_now": _STR,
        "day_counts": _STRS,
        "period_words": _STRS,
        "per_month": _STR,
        "reason_after": _STR,
        "reason_before": _STR,
        "goal_ref": _STR,
        "aside": _STR,
        "time_saved_reason": _STR,
        "time_saved_on": _STR,
        "time_saved_verbs": _STRS,
        "understood": _STR,
        "becoming": _STRS,
    },
    "directions": {
        "raise": _STRS,
        "reduce": _STRS,
        "improve": _STRS,
        "state": _STRS,
        "up": "text or table",
        "down": "text or table",
        "reach_up": _STR,
        "reach_down": _STR,
        "reach_bound": _STR,
        "versus_up": _STR,
        "versus_down": _STR,
    },
    "habits": {"daily": _STRS, "weekly": _STRS, "monthly": _STRS, "templates": "habit templates"},
    "families": {"*": "family"},
    "counters": {"*": _STRS},
    "objects": {"*": _STRS},
    "perception": {"feelings": _STRS, "*": "perception topic"},
    "survey": {
        "template": _STR,
        "one_person": _STR,
        "group_adjectives": _STRS,
        "qualities": _STRS,
        "comparatives": _STR_MAP,
        "felt": _STRS,
        "perceived": _STRS,
        "regard": _STRS,
        "lessened": _STRS,
        "relieved": _STR_MAP,
        "agent_forms": _STR_MAP,
        "people_ends": _STRS,
        "na_qualities": _STRS,
        "roles": _STRS,
        "states": _STRS,
        "groups": _STR_MAP,
        "not_groups": _STRS,
        "served_places": _STR_MAP,
        "unaskable": _STRS,
        "trades": _STRS,
        "pet_words": _STRS,
        "pet_owner_for": _STRS,
        "pet_owner": _STR,
        "staff_group": _STR,
        "trusted_by": _STR,
        "newcomers": _STR,
        "newcomer_group": _STR,
        "household": _STRS,
    },
    "relationship": {"pattern": _STR, "many": _STR, "one": _STR},
    "participation": {
        "pattern": _STR,
        "template": _STR,
        "joined": _STR,
        "repeats": _STR,
        "repeated": _STR,
        "sessions": _STR,
        "once": _STR,
        "one_off": _STRS,
        "performed": _STR,
        "stages": _STRS,
        "org_domains": _STRS,
    },
    "channel": {
        "patterns": _STRS,
        "template": _STR,
        "inside_words": _STRS,
        "channel_words": _STRS,
        "viewing_acts": _STRS,
        "own_acts": _STRS,
        "inside_target": _STR,
        "outside_target": _STR,
        "done_forms": _STR_MAP,
        "adverbs": _STR_MAP,
        "plurals": _STR_MAP,
    },
    "trained": {
        "patterns": _STRS,
        "template": _STR,
        "attended": _STR,
        "completed": _STR,
        "begun": _STR,
        "person": _STR,
        "group_suffixes": _STRS,
        "public": _STRS,
        "public_template": _STR,
        "collective": _STRS,
        "not_groups": _STRS,
    },
    "grown": {
        "verbs": _STRS,
        "collective_heads": _STRS,
        "dropped": _STRS,
        "age_groups": _STR_MAP,
        "activity_ends": _STRS,
        "template": _STR,
        "line_heads": _STRS,
        "line_template": _STR,
    },
    "selfcheck": {
        "up": _STR,
        "down": _STR,
        "feelings": "feeling table",
        "others": _STRS,
        "writer": _STR,
        "of_doing": _STRS,
    },
    "templates": {
        "change": _STR,
        "reach": _STR,
        "action_change": _STR,
        "action_change_routine": _STR,
        "action_reach": _STR,
        "reach_new": _STR,
        "count_output": _STR,
        "count_output_with": _STR,
        "coverage_any": _STR,
        "accepted": _STR,
        "selected": _STR,
        "awarded": _STR,
        "compare_options": _STR,
        "compare_pair": _STR,
        "taught": _STR,
        "certified": _STR,
        "quotes_compared": _STR,
        "hands_on": _STR,
        "tidied_place": _STR,
        "conveyed": _STR,
        "permit_held": _STR,
        "animal_taught_doing": _STR,
        "animal_taught": _STR,
        "animal_handled": _STR,
        "no_recurrence": _STR,
        "pitched": _STR,
        "restocked": _STR,
        "restocked_event": _STR,
        "translated": _STR,
        "translated_alone": _STR,
        "documented": _STR,
        "started_offer": _STR,
        "routed": _STR,
        "spoken_use": _STR,
        "spoken_use_unaided": _STR,
        "no_breakdown": _STR,
        "tasted": _STR,
        "tasted_drink": _STR,
        "gathered": _STR,
        "notation_read": _STR,
        "played_for": _STR,
        "played_for_piece": _STR,
        "played_piece": _STR,
        "played_quality": _STR,
        "work_won": _STR,
        "stocked": _STR,
        "documented_revised": _STR,
        "signed": _STR,
        "worked": _STR,
        "done_alone": _STR,
        "toured": _STR,
        "scheduled": _STR,
        "logged": _STR,
        "played_ensemble": _STR,
        "played_pieces": _STR,
        "played_practice": _STR,
        "played_instrument_default": _STR,
        "decided": _STR,
        "taken_on": _STR,
        "purpose_done": _STR,
        "purpose_done_course": _STR,
        "purpose_done_sold": _STR,
        "promoted": _STR,
        "relied_on": _STR,
        "before_each": _STR,
        "at_start_each": _STR,
        "after_weather": _STR,
        "inspected": _STR,
        "each_time": _STR,
        "quotes_from": _STR,
        "certificate_default": _STR,
        "sign_conversation": _STR,
        "printed": _STR,
        "compare_pair_alone": _STR,
        "time_more": _STR,
        "time_less": _STR,
        "time_saved": _STR,
        "own_change": _STR,
        "action_own_change": _STR,
        "own_rate_up": _STR,
        "own_rate_down": _STR,
        "after_each": _STR,
        "more_of": _STR,
        "switched_over": _STR,
        "migrated_over": _STR,
        "moved_off": _STR,
        "tool_use": _STR,
        "link_goal": _STR,
        "ship_joined": _STR,
        "ship_booked": _STR,
        "ship_sold": _STR,
        "class_joined": _STR,
        "caught": _STR,
        "survey_run": _STR,
        "timely": _STR,
        "bug_fixed": _STR,
        "plan_followed": _STR,
        "enforced": _STR,
        "tidied": _STR,
        "tidied_order": _STR,
        "stopped": _STR,
        "tool_learned": _STR,
        "book_for_exam": _STR,
        "mended": _STR,
        "own_share": _STR,
        "own_share_on_time": _STR,
        "raise_count": _STR,
        "add_deadline": _STR,
        "add_baseline": _STR,
        "link": _STR,
        "cadence": _STR_MAP,
        "default_deadline": _STR,
        "done": _STR_MAP,
    },
    "learning": {
        "kinds": _STRS,
        "verbs": _STRS,
        "with_marker": _STRS,
        "markers": _STRS,
        "strong_markers": _STRS,
        "*": "learning kind",
    },
    "sharpen": {"level_units": _STRS},
    "domains": {"learning_only": _STRS},
    "people": {"*": _STRS},
    "units": {"*": _STRS},
    "fixes": {"*": _STR},
}
_REQUIRED = {"sharpen", "banned", "reading", "directions", "habits", "families", "templates", "learning", "fixes"}
_OPTIONAL_TEMPLATES = frozenset(
    {
        "ship_booked",
        "animal_taught_doing",
        "animal_taught",
        "animal_handled",
        "at_start_each",
        "pitched",
        "restocked",
        "restocked_event",
        "no_recurrence",
        "permit_held",
        "conveyed",
        "ship_sold",
        "after_weather",
        "inspected",
        "book_for_exam",
        "own_rate_up",
        "own_rate_down",
        "more_of",
        "tool_use",
        "link_goal",
        "switched_over",
        "migrated_over",
        "moved_off",
        "selected",
        "awarded",
        "caught",
        "mended",
        "timely",
        "tool_learned",
        "stopped",
        "bug_fixed",
        "plan_followed",
        "enforced",
        "tidied",
        "tidied_order",
        "tidied_place",
        "translated",
        "translated_alone",
        "documented",
        "started_offer",
        "routed",
        "spoken_use",
        "spoken_use_unaided",
        "no_breakdown",
        "tasted",
        "tasted_drink",
        "gathered",
        "notation_read",
        "played_for",
        "played_for_piece",
        "played_piece",
        "played_quality",
        "work_won",
        "stocked",
        "documented_revised",
        "signed",
        "worked",
        "done_alone",
        "toured",
        "scheduled",
        "logged",
        "played_ensemble",
        "played_pieces",
        "played_practice",
        "played_instrument_default",
        "decided",
        "taken_on",
        "purpose_done",
        "purpose_done_course",
        "purpose_done_sold",
        "promoted",
        "relied_on",
        "before_each",
        "each_time",
        "hands_on",
        "action_own_change",
    }
)
# the reading key an optional template is for, when not its own name
_READING_OF = {
    "ship_booked": "booked_things",
    "animal_taught_doing": "animal_taught",
    "animal_taught": "animal_taught",
    "animal_handled": "animal_handled",
    "pitched": "pitched",
    "restocked": "restocked",
    "permit_held": "own_permit",
    "conveyed": "conveyed",
    "ship_sold": "sold_things",
    "after_weather": "weather_occasions",
    "spoken_use_unaided": "said_unaided",
    "inspected": "inspect_verbs",
    "tool_use": "tool_verbs",
    "played_for_piece": "played_for",
    "link_goal": "goal_link",
    "switched_over": "switched_to",
    "migrated_over": "migrated",
    "selected": "selection_verbs",
    "awarded": "award_nouns",
    "caught": "detector_words",
    "mended": "mend_verbs",
    "book_for_exam": "exam_ahead",
    "survey_run": "survey_words",
    "tool_learned": "how_to_use",
    "stopped": "stops_reason",
    "bug_fixed": "bug_words",
    "plan_followed": "practice_plans",
    "tidied": "tidied_places",
    "translated_alone": "translated",
    "action_own_change": "too_many",
    "own_rate_up": "rate_heads",
    "own_rate_down": "rate_heads",
    "played_quality": "playing_aspect",
    "played_ensemble": "playing_aspect",
    "played_pieces": "playing_aspect",
    "played_practice": "playing_aspect",
    "played_instrument_default": "playing_aspect",
}
_REGEXES = (
    "after_occasion",
    "duty_lead",
    "found_in_oneself",
    "animal_taught",
    "animal_handled",
    "pitched",
    "restocked",
    "deadline_event",
    "time_cut",
    "enforced_first",
    "taught_self",
    "occasions_before",
    "own_permit",
    "submitted_to",
    "group_opening",
    "taught_topic_lead",
    "event_tried",
    "tried_once",
    "reached_group",
    "conveyed",
    "sold_channel",
    "sold_more",
    "way_said",
    "manner_tail",
    "must_do_pattern",
    "piece_for_event",
    "performance_events",
    "each_occasion",
    "weekends_too",
    "outside_teams",
    "not_by_heart",
    "by_heart",
    "not_published",
    "practice_adopted",
    "subject_marker",
    "said_unaided",
    "versus",
    "own_exam",
    "taught_by",
    "way_of_doing",
    "practice_joined",
    "habit_to_form",
    "practice_for_event",
    "others_as_learners",
    "not_playing_quality",
    "translated",
    "known_as",
    "able_alone",
    "routine_moment",
    "taken_up",
    "certified_course",
    "quotes_for",
    "hands_on",
    "course_taken_in",
    "tidied_place",
    "documented",
    "started_offer",
    "offer_item_end",
    "routed",
    "spoken_use",
    "piece_learned",
    "keeps_breaking",
    "music_cues",
    "not_pieces",
    "basic_words",
    "trial_made",
    "tasted_things",
    "drunk_things",
    "gathering",
    "notation_read",
    "notation_plain",
    "playing_aspect",
    "playing_ensemble",
    "playing_instrument",
    "playing_cue",
    "not_asked",
    "playing_quality_kept",
    "playing_quality_dropped",
    "playing_taught",
    "local_trade",
    "after_done",
    "reason_contrast",
    "work_won",
    "stocked",
    "documented_revised",
    "signed",
    "worked",
    "done_alone",
    "toured",
    "toured_as",
    "scheduled",
    "piece_named",
    "not_quantities",
    "tidied_order",
    "logged",
    "playing_heard",
    "counted_doing",
    "played_for",
    "played_piece",
    "state_wished",
    "fault_nouns",
    "relied_on",
    "how_long_said",
    "done_faster",
    "purpose_fewer",
    "purpose_take_on",
    "purpose_done",
    "queue_said",
    "wait_said",
    "line_kept",
    "numbered_fault",
    "not_ended_by_learning",
    "each_time",
    "certificate_named",
    "fewer",
    "own_quantity",
    "trouble_of",
    "too_many",
    "purpose_quantity",
    "timely",
    "how_to_use",
    "how_long",
    "stops_reason",
    "how_fast",
    "faster",
    "enforced",
    "more_of",
    "switched_to",
    "migrated",
    "moved_off",
    "reined_in",
    "aspect",
    "progressive",
    "article_before_vowel",
    "more_often",
    "trailing_adverb",
    "deadline_tail",
    "deadline_head",
    "deadline_fallback",
    "link",
    "subject",
    "wish",
    "adverb",
    "attributive",
    "why_now",
    "reason_after",
    "reason_before",
    "goal_ref",
    "aside",
    "time_saved_reason",
    "time_saved_on",
    "understood",
    "school_class",
)


class PhrasebookError(ValueError):
    """A rewrite data file that breaks its schema; the message names the file and the key."""


@dataclass(frozen=True)
class Family:
    """An activity verb's family: its verbs, the shape of its single output and the metric that names."""

    name: str
    verbs: tuple[str, ...]
    singles: tuple[str, ...]  # its output when the object is one thing, each naming a different metric
    metrics: tuple[str, ...]
    count_default: str  # how many of them a counted rewrite suggests
    own_first: (
        bool  # its own output comes before the metrics its topic names (a plan's approval, a project's milestones)
    )
    count: bool  # a plural object of this verb can be counted ("Publish 4 case studies", 「記事を3本公開する」)
    coverage: str = ""  # when its object is many things: all of them done, as a share


@dataclass(frozen=True)
class LearningKind:
    """A kind of skill (a language, a certification, a book, a course, a craft) and its three rewrites."""

    name: str
    words: tuple[str, ...]
    domains: tuple[str, ...]  # catalog domains whose metrics such a statement may name directly
    templates: tuple[str, ...]
    metrics: tuple[str, ...]
    exams: dict[str, tuple[str, str, str]]  # language -> (exam, level, catalog metric)
    default_exam: tuple[str, str, str]
    exam_pass: str
    exam_score: str
    verbs: tuple[str, ...] = ()  # verbs that make a statement this kind of learning whatever its object
    count_default: str = ""  # how many a counted rewrite of this kind suggests
    strip: tuple[str, ...] = ()  # patterns its subject does not need ("the CKA prep course" -> "CKA")
    doing: str = ""  # the rewrite when the skill is named by what one does ("learn to knit socks")
    # its rewrites for learning outside work ("Get better at watercolour"): no manager, no real work, no team
    personal: tuple[str, ...] = ()
    # words that put one of its rewrites first ("Practice speaking": the conversation, not the exam)
    leads: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language, loaded once
class Phrasebook:
    """Everything the rewrite engine knows about one language's words and sentences."""

    lang: str
    banned: tuple[str, ...]
    reading: dict[str, Any]
    directions: dict[str, Any]
    habits: dict[str, tuple[str, ...]]
    habit_templates: dict[str, Any]
    families: dict[str, Family]
    counters: dict[str, tuple[str, ...]]
    objects: dict[str, tuple[str, ...]]
    perception: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # topic -> (words, catalog metrics)
    feelings: tuple[str, ...]  # words that make a statement about how people feel
    survey: dict[str, Any]  # how a perception objective becomes a survey question (empty: the language has none)
    selfcheck: dict[str, Any]  # how the writer's own feeling becomes a weekly self-rating (empty: none)
    relationship: dict[str, str]  # how a relationship to strengthen is shown by joint work (empty: none)
    participation: dict[str, Any]  # how the writer's own taking part is counted (empty: none)
    templates: dict[str, Any]
    learning_kinds: tuple[LearningKind, ...]
    learning_verbs: tuple[str, ...]
    learning_markers: tuple[str, ...]
    learning_with_marker: tuple[str, ...]
    learning_strong: tuple[str, ...]  # markers that make a statement learning whatever its verb
    level_units: tuple[str, ...]
    learning_only: tuple[str, ...]  # catalog domains only a learning statement may name
    unit_marks: dict[str, tuple[str, ...]]  # how a unit shows in a sentence ("%", "円", "hour")
    fixes: dict[str, str]
    # how a task that opens a new way in for something is measured (empty: the language reads none)
    channel: dict[str, Any] = field(default_factory=dict)
    # how a task that trains a group is measured (empty: the language reads none)
    trained: dict[str, Any] = field(default_factory=dict)
    grown: dict[str, Any] = field(default_factory=dict)
    # the groups of people a statement names, each with its words (who regards what: lang/en/survey.py)
    people: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def stopwords(self) -> frozenset[str]:
        """The reading's stop words as a set, lower-cased (built once, asked for by every statement)."""
        return frozenset(w.lower() for w in self.reading["stopwords"])

    def every_template(self) -> list[str]:
        """Return every sentence template of the language (for tests of what they may say)."""
        out = [v for v in self.templates.values() if isinstance(v, str)]
        out += [self.survey["template"]] if self.survey else []
        out += [self.selfcheck["up"], self.selfcheck["down"]] if self.selfcheck else []
        out += [self.relationship["many"], self.relationship["one"]] if self.relationship else []
        out += [v for k, v in self.participation.items() if k in ("template", "joined")]
        out += [self.channel["template"]] if self.channel else []
        out += [
            self.trained[k]
            for k in ("template", "attended", "public_template", "completed", "begun", "person")
            if k in self.trained
        ]
        out += [self.grown["template"]] if self.grown else []
        out += [v for v in self.templates["done"].values()]
        for key, value in self.habit_templates.items():
            if key not in ("total_counts", "units"):
                out += [value] if isinstance(value, str) else list(value)
        for family in self.families.values():
            out += [*family.singles, *([family.coverage] if family.coverage else [])]
        for kind in self.learning_kinds:
            out += [*kind.templates, kind.exam_pass, kind.exam_score, *([kind.doing] if kind.doing else [])]
        return out


def _is_strs(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _check(where: str, kind: str, value: Any) -> None:
    """Fail naming the place when a value is not of the kind the schema asks for."""
    ok = {
        _STR: lambda v: isinstance(v, str),
        _STRS: _is_strs,
        _STR_MAP: lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
        _STRS_MAP: lambda v: isinstance(v, dict) and all(_is_strs(x) for x in v.values()),
        _PAIRS: lambda v: isinstance(v, list) and all(_is_strs(p) and len(p) == 2 for p in v),
        "flag": lambda v: isinstance(v, bool),
        "feeling table": lambda v: (
            isinstance(v, dict) and all(_is_strs(x) and len(x) == 2 and x[1] in ("up", "down") for x in v.values())
        ),
        "perception topic": lambda v: (
            isinstance(v, dict) and set(v) == {"words", "metrics"} and _is_strs(v["words"]) and _is_strs(v["metrics"])
        ),
        "quality table": lambda v: (
            isinstance(v, dict)
            and all(
                isinstance(q, dict)
                and isinstance(q.get("pattern"), str)
                and _is_strs(q.get("metric_words"))
                and isinstance(q.get("topic", ""), str)
                for q in v.values()
            )
        ),
        "text or table": lambda v: (
            isinstance(v, str)
            or (isinstance(v, dict) and "default" in v and all(isinstance(x, str) for x in v.values()))
        ),
    }.get(kind)
    if ok is not None and not ok(value):
        raise PhrasebookError(f"{where} must be a {kind}")


def _survey(name: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The survey section with every list a reader asks for (a language may leave some out), or {} for none."""
    if not raw:
        return {}
    if "template" not in raw or "qualities" not in raw:
        raise PhrasebookError(f"{name}: survey needs a template and its qualities")
    lists: dict[str, Any] = {k: [] for k, kind in _SCHEMA["survey"].items() if kind == _STRS}
    tables: dict[str, Any] = {k: {} for k, kind in _SCHEMA["survey"].items() if kind == _STR_MAP}
    return {**lists, **tables, **raw}


def _family(where: str, name: str, raw: Any) -> Family:
    if not isinstance(raw, dict):
        raise PhrasebookError(f"{where} must be a table with verbs, single and metric")
    for key in sorted(set(raw) - {"verbs", "single", "metric", "count", "count_default", "own_first", "coverage"}):
        raise PhrasebookError(f"{where}: unknown key {key!r}")
    for key, kind in (
        ("verbs", _STRS),
        ("single", _STRS),
        ("metric", _STRS),
        ("count", "flag"),
        ("count_default", _STR),
    ):
        if key not in raw:
            raise PhrasebookError(f"{where}: missing key {key!r}")
        _check(f"{where}.{key}", kind, raw[key])
    if len(raw["single"]) != len(raw["metric"]) or not raw["single"]:
        raise PhrasebookError(f"{where}: single and metric must list one metric per template")
    _check(f"{where}.own_first", "flag", raw.get("own_first", False))
    _check(f"{where}.coverage", _STR, raw.get("coverage", ""))
    return Family(
        name,
        tuple(raw["verbs"]),
        tuple(raw["single"]),
        tuple(raw["metric"]),
        raw["count_default"],
        raw.get("own_first", False),
        raw["count"],
        raw.get("coverage", ""),
    )


def _learning_kind(where: str, name: str, raw: Any) -> LearningKind:
    if not isinstance(raw, dict):
        raise PhrasebookError(f"{where} must be a table")
    known = {
        "doing",
        "count_default",
        "strip",
        "words",
        "verbs",
        "domains",
        "templates",
        "metrics",
        "exams",
        "default_exam",
        "exam_pass",
        "exam_score",
        "personal",
        "leads",
    }
    for key in sorted(set(raw) - known):
        raise PhrasebookError(f"{where}: unknown key {key!r}")
    for key in ("words", "domains", "templates", "metrics"):
        if key not in raw:
            raise PhrasebookError(f"{where}: missing key {key!r}")
        _check(f"{where}.{key}", _STRS, raw[key])
    if len(raw["templates"]) != 3 or len(raw["metrics"]) != 3:
        raise PhrasebookError(f"{where}: templates and metrics must each hold three entries, one per angle")
    exams = raw.get("exams", {})
    _check(f"{where}.exams", _STRS_MAP, exams)
    default = raw.get("default_exam", ["", "", ""])
    _check(f"{where}.default_exam", _STRS, default)
    for key, triple in [*exams.items(), ("default_exam", default)]:
        if len(triple) != 3:
            raise PhrasebookError(f"{where}.exams.{key} must be [exam, level, metric]")
    for key in ("exam_pass", "exam_score"):
        _check(f"{where}.{key}", _STR, raw.get(key, ""))
    _check(f"{where}.verbs", _STRS, raw.get("verbs", []))
    _check(f"{where}.count_default", _STR, raw.get("count_default", ""))
    _check(f"{where}.strip", _STRS, raw.get("strip", []))
    _check(f"{where}.doing", _STR, raw.get("doing", ""))
    _check(f"{where}.personal", _STRS, raw.get("personal", []))
    _check(f"{where}.leads", _STRS_MAP, raw.get("leads", {}))
    for metric in raw.get("leads", {}):
        if metric not in raw["metrics"]:
            raise PhrasebookError(f"{where}.leads.{metric}: not one of this kind's metrics")
    if raw.get("personal") and len(raw["personal"]) != len(raw["templates"]):
        raise PhrasebookError(f"{where}.personal: one template for each of templates ({len(raw['templates'])})")
    return LearningKind(
        name,
        tuple(raw["words"]),
        tuple(raw["domains"]),
        tuple(raw["templates"]),
        tuple(raw["metrics"]),
        {k: (v[0], v[1], v[2]) for k, v in exams.items()},
        (default[0], default[1], default[2]),
        raw.get("exam_pass", ""),
        raw.get("exam_score", ""),
        tuple(raw.get("verbs", [])),
        raw.get("count_default", ""),
        tuple(raw.get("strip", [])),
        raw.get("doing", ""),
        tuple(raw.get("personal", [])),
        {k: tuple(v) for k, v in raw.get("leads", {}).items()},
    )


def parse(lang: str, name: str, text: str) -> Phrasebook:
    """Return a phrasebook from a data file's text; name is used in errors."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PhrasebookError(f"{name}: not valid TOML ({exc})") from None
    for section in sorted(set(raw) - set(_SCHEMA)):
        raise PhrasebookError(f"{name}: unknown section [{section}]")
    for unit in raw.get("units", {}):
        if unit not in UNITS:
            raise PhrasebookError(f"{name}: units.{unit} is not a catalog unit ({', '.join(sorted(UNITS))})")
    for family in raw.get("objects", {}):
        if family not in raw.get("families", {}):
            raise PhrasebookError(f"{name}: objects.{family} names no family in [families]")
    seen: dict[str, str] = {}
    for family, table in raw.get("families", {}).items():
        for verb in table.get("verbs", []) if isinstance(table, dict) else []:
            if verb in seen:
                raise PhrasebookError(f"{name}: families.{family}.verbs repeats {verb!r} of families.{seen[verb]}")
            seen[verb] = family
    for section in sorted(_REQUIRED - set(raw)):
        raise PhrasebookError(f"{name}: missing section [{section}]")
    for section, table in raw.items():
        schema = _SCHEMA[section]
        if not isinstance(table, dict):
            raise PhrasebookError(f"{name}: [{section}] must be a table")
        for key, value in table.items():
            kind = schema.get(key, schema.get("*"))
            if kind is None:
                raise PhrasebookError(f"{name}: unknown key {section}.{key}")
            _check(f"{name}: {section}.{key}", kind, value)
    for key in _REGEXES:
        if key in raw["reading"]:
            try:
                re.compile(raw["reading"][key])
            except re.error as exc:
                raise PhrasebookError(f"{name}: reading.{key} is not a valid pattern ({exc})") from None
    for quality, table in raw["reading"].get("kept_qualities", {}).items():
        try:
            re.compile(table["pattern"])
        except re.error as exc:
            raise PhrasebookError(f"{name}: reading.kept_qualities.{quality}.pattern is not valid ({exc})") from None
    for i, pattern in enumerate(raw["reading"].get("trailing_notes", [])):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise PhrasebookError(f"{name}: reading.trailing_notes[{i}] is not a valid pattern ({exc})") from None
    for section in ("channel", "trained"):
        for i, pattern in enumerate(raw.get(section, {}).get("patterns", [])):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise PhrasebookError(f"{name}: {section}.patterns[{i}] is not a valid pattern ({exc})") from None
    if raw.get("grown") and not {"verbs", "collective_heads", "template"} <= set(raw["grown"]):
        raise PhrasebookError(f"{name}: grown needs verbs, collective_heads and a template")
    if raw.get("trained") and not {"patterns", "template"} <= set(raw["trained"]):
        raise PhrasebookError(f"{name}: trained needs patterns and a template")
    channel = raw.get("channel", {})
    for key in ("patterns", "template", "inside_target", "outside_target") if channel else ():
        if key not in channel:
            raise PhrasebookError(f"{name}: channel needs {key}")
    habit_templates = raw["habits"].get("templates", {})
    for key in ("daily", "weekly", "monthly"):
        if not _is_strs(habit_templates.get(key)) or len(habit_templates[key]) != 2:
            raise PhrasebookError(f"{name}: habits.templates.{key} must be a list of two templates (rate, streak)")
    if not isinstance(habit_templates.get("total"), str):
        raise PhrasebookError(f"{name}: habits.templates.total must be a template")
    for key in ("total_counts", "units"):
        table = habit_templates.get(key)
        if not isinstance(table, dict) or set(table) != {"daily", "weekly", "monthly"}:
            raise PhrasebookError(f"{name}: habits.templates.{key} must give daily, weekly and monthly values")
    for key in _SCHEMA["templates"]:
        # a template whose reading words a language does not have is not needed by it (reading.more_of, tool_verbs)
        needed = key not in _OPTIONAL_TEMPLATES or _READING_OF.get(key, key) in raw["reading"]
        if needed and key not in raw["templates"]:
            raise PhrasebookError(f"{name}: missing key templates.{key}")
    learning = raw["learning"]
    kinds = []
    for kind in learning.get("kinds", []):
        if kind not in learning:
            raise PhrasebookError(f"{name}: learning.kinds names {kind!r} but there is no [learning.{kind}]")
        kinds.append(_learning_kind(f"{name}: learning.{kind}", kind, learning[kind]))
    families = {k: _family(f"{name}: families.{k}", k, v) for k, v in raw["families"].items()}
    return Phrasebook(
        lang=lang,
        banned=tuple(raw["banned"]["phrases"]),
        reading=raw["reading"],
        directions=raw["directions"],
        habits={k: tuple(raw["habits"][k]) for k in ("daily", "weekly", "monthly")},
        habit_templates=habit_templates,
        families=families,
        counters={k: tuple(v) for k, v in raw.get("counters", {}).items()},
        objects={k: tuple(v) for k, v in raw.get("objects", {}).items()},
        perception={
            k: (tuple(v["words"]), tuple(v["metrics"])) for k, v in raw.get("perception", {}).items() if k != "feelings"
        },
        feelings=tuple(raw.get("perception", {}).get("feelings", [])),
        survey=_survey(name, raw.get("survey", {})),
        selfcheck=raw.get("selfcheck", {}),
        relationship=raw.get("relationship", {}),
        participation=raw.get("participation", {}),
        templates=raw["templates"],
        learning_kinds=tuple(kinds),
        learning_verbs=tuple(learning.get("verbs", [])),
        learning_markers=tuple(learning.get("markers", [])),
        learning_with_marker=tuple(learning.get("with_marker", [])),
        learning_strong=tuple(learning.get("strong_markers", [])),
        level_units=tuple(raw["sharpen"]["level_units"]),
        learning_only=tuple(raw.get("domains", {}).get("learning_only", [])),
        unit_marks={k: tuple(v) for k, v in raw.get("units", {}).items()},
        fixes=raw["fixes"],
        channel=channel,
        trained=raw.get("trained", {}),
        grown=raw.get("grown", {}),
        people={k: tuple(v) for k, v in raw.get("people", {}).items()},
    )


@cache
def word_set(book: Phrasebook, key: str) -> frozenset[str]:
    """The words of one of the reading's lists (book.reading[key]) as a set, built once: the readers and
    the matcher ask for the same lists on every statement. A list a language does not have is empty."""
    return frozenset(book.reading.get(key, ()))


@cache
def family_verbs(book: Phrasebook) -> frozenset[str]:
    """Every activity verb of the families ("publish", "train", "call")."""
    return frozenset(v for family in book.families.values() for v in family.verbs)


@cache
def direction_verbs(book: Phrasebook) -> frozenset[str]:
    """Every verb that only gives a direction: the raise, reduce, improve and state verbs."""
    return frozenset(v for key in ("raise", "reduce", "improve", "state") for v in book.directions[key])


@cache
def phrasebook(lang: str) -> Phrasebook:
    """Return the rewrite data of a language, loaded and validated once."""
    return parse(lang, f"okrcoach/lang/{lang}/rewrite.toml", data_file(lang, "rewrite.toml").read_text("utf-8"))
