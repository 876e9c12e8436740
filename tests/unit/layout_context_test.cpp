// LayoutContext must find exactly what kainjow's own context finds, for every
// way a name can be written: the theme's pages render through it.
#include <gtest/gtest.h>
#include <kainjow/mustache.hpp>

#include <string>

#include "render/layout_context.hpp"

namespace mustache = kainjow::mustache;

namespace {

std::string with_kainjow(const std::string& tpl, const mustache::data& d) {
    mustache::mustache m(tpl);
    EXPECT_TRUE(m.is_valid()) << m.error_message();
    return m.render(d);
}

std::string with_layout_context(const std::string& tpl, const mustache::data& d) {
    mustache::mustache m(tpl);
    EXPECT_TRUE(m.is_valid()) << m.error_message();
    return portal::render_layout(m, d);
}

mustache::data sample() {
    mustache::data inner{mustache::data::type::object};
    inner.set("b", "inner-b");
    inner.set("", "inner-empty");
    mustache::data a{mustache::data::type::object};
    a.set("b", "a-b");
    a.set("inner", inner);
    a.set("", inner);
    mustache::data list{mustache::data::type::list};
    for (const char* t : {"one", "two"}) {
        mustache::data item{mustache::data::type::object};
        item.set("title", t);
        item.set("b", std::string("item-") + t);
        list.push_back(item);
    }
    mustache::data d{mustache::data::type::object};
    d.set("a", a);
    d.set("list", list);
    d.set("word", "top-word");
    d.set("", "top-empty");
    d.set("flag", true);
    return d;
}

}  // namespace

TEST(LayoutContext, FindsWhatKainjowFinds) {
    const mustache::data d = sample();
    for (const std::string tpl : {
             "{{word}}|{{a.b}}|{{a.inner.b}}|{{a.missing}}|{{missing.b}}",
             "{{a.}}|{{a..b}}|{{.a}}|{{a..}}|{{..}}|{{a.inner.}}|{{a...b}}",
             "{{#list}}[{{.}}{{title}}|{{b}}|{{a.b}}|{{word}}]{{/list}}",
             "{{#a}}{{b}}|{{inner.b}}|{{a.b}}|{{word}}{{#inner}}({{b}}|{{a.inner.b}}){{/inner}}{{/"
             "a}}",
             "{{#flag}}yes "
             "{{a.b}}{{/flag}}{{^a.missing}}none{{/a.missing}}{{#a.inner}}{{b}}{{/a.inner}}",
             "{{{a.inner.b}}}|{{&a.b}}",
         })
        EXPECT_EQ(with_layout_context(tpl, d), with_kainjow(tpl, d)) << tpl;
}

TEST(LayoutContext, RendersTheSameAsKainjowForDottedNames) {
    const mustache::data d = sample();
    EXPECT_EQ(with_layout_context("{{a.inner.b}} {{a.b}}", d), "inner-b a-b");
}
