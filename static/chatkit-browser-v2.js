// chatkit's browser bundle, precompiled for Brython by `python -m chatkit.build.precompile`: do not edit.
// chatkit-precompiled {"brython":"sha384-CrXwmltBQ+PoNy7RISkA2JZWNSKGhJcgYhpUG4z8kgYBjoxoq3rPUXhvgqhT3nqz","modules":["chatkit","chatkit.browser","chatkit.browser._availability","chatkit.browser._bridge","chatkit.browser._brython","chatkit.browser._chat","chatkit.browser._checks","chatkit.browser._link","chatkit.browser._subscription","chatkit.browser._v2","chatkit.browser.versions","chatkit.errors","chatkit.rules","chatkit.rules.chatapp","chatkit.rules.customer","chatkit.rules.languages","chatkit.rules.topics","chatkit.rules.variables"],"sources":"b339a55f829778034cfa714184a726ea3d2c074f82029ba1fb4e2928c5478532"}
(function (B) {
    // Guarded: when brython.js failed to load, this file must not throw.
    if (!B) { return; }
    B.loadBrythonPackage({"$timestamp":197060169007767,"chatkit":[".py","",[],1],"chatkit.browser":[".py","",["chatkit.browser._chat","chatkit.browser._subscription","chatkit.browser.versions","chatkit.errors","chatkit.rules.customer"],1],"chatkit.browser._availability":[".py","",["chatkit.browser._subscription"]],"chatkit.browser._bridge":[".py","",["chatkit.browser","chatkit.browser._brython","chatkit.browser.versions"]],"chatkit.browser._brython":[".py","",[]],"chatkit.browser._chat":[".py","",["chatkit.browser._availability","chatkit.browser._checks","chatkit.browser._link","chatkit.browser._subscription","chatkit.browser._v2","chatkit.browser.versions","chatkit.errors","chatkit.rules.customer"]],"chatkit.browser._checks":[".py","",["chatkit.errors","chatkit.rules.customer","chatkit.rules.languages"]],"chatkit.browser._link":[".py","",[]],"chatkit.browser._subscription":[".py","",[]],"chatkit.browser._v2":[".py","",["chatkit.browser._checks","chatkit.browser.versions","chatkit.rules.chatapp","chatkit.rules.variables"]],"chatkit.browser.versions":[".py","",["chatkit.rules","chatkit.rules.topics"]],"chatkit.errors":[".py","",[]],"chatkit.rules":[".py","",[],1],"chatkit.rules.chatapp":[".py","",["chatkit.errors","chatkit.rules.customer"]],"chatkit.rules.customer":[".py","",[]],"chatkit.rules.languages":[".py","",[]],"chatkit.rules.topics":[".py","",[]],"chatkit.rules.variables":[".py","",["chatkit.rules.customer"]]});
})(window.__BRYTHON__);
window.__BRYTHON__ && (function (__chatkitB, __chatkitModules) {
__chatkitModules["chatkit"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit=$B.namespace("chatkit"),
locals=locals_chatkit,
frame=["chatkit",locals,"chatkit",locals]
var __file__=locals.__file__="VFS.chatkit/__init__.py"
locals.__name__="chatkit"
locals.__doc__='chatkit in the page: the browser controller and the rules it shares.'
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit
});
__chatkitModules["chatkit.browser._subscription"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__subscription=$B.namespace("chatkit.browser._subscription"),
locals=locals_chatkit_browser__subscription,
frame=["chatkit.browser._subscription",locals,"chatkit.browser._subscription",locals]
var __file__=locals.__file__="VFS.chatkit.browser._subscription.py"
locals.__name__="chatkit.browser._subscription"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,7,'ClassDef')
var Subscription1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=1
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Subscription",bases,resolved_bases)
var locals_chatkit_browser__subscription_Subscription=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__subscription_Subscription
locals.__doc__=''
locals.__module__='chatkit.browser._subscription'
locals.__firstlineno__=7
var frame=[name,locals,'chatkit.browser._subscription',locals_chatkit_browser__subscription]
$B.enter_frame(frame,__file__,7)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,14)
function __init__2(_self,_event,_native,_handler,_link){
var locals
if(arguments.length==5&&!_link?.$kw){
var locals_chatkit_browser__subscription_Subscription___init__=locals={self:_self,event:_event,native:_native,handler:_handler,link:_link}
}else{
var locals_chatkit_browser__subscription_Subscription___init__=locals=$B.args_parser(__init__2,arguments)
}
var frame=["__init__",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,__init__2]
$B.enter_frame(frame,__file__,14)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__2,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,15)
$B.$setattr1(locals.self,"event",locals.event,1)
$B.set_lineno(frame,16)
$B.$setattr1(locals.self,"native",locals.native,3)
$B.set_lineno(frame,17)
$B.$setattr1(locals.self,"handler",locals.handler,5)
$B.set_lineno(frame,18)
$B.$setattr1(locals.self,"active",!$B.$is(locals.native,_b_.None),7)
$B.set_lineno(frame,19)
$B.$setattr1(locals.self,"_link",locals.link,9)
$B.set_lineno(frame,20)
$B.$setattr1(locals.self,"_chat_subscription",_b_.None,11)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__2.$is_method=true
__init__2.$function_infos=['chatkit.browser._subscription','__init__','Subscription.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','event','native','handler','link'],null,null,
5,14,3,[],0,0,['self','event','native','handler','link'],false,[],frame]
$B.set_func_attrs(__init__2,frame,'chatkit.browser._subscription')
__init__2.ob_type=$B.function
__init__2.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.__init__=__init__2
$B.set_lineno(frame,22)
function connect3(_self,_driver){
var locals
if(arguments.length==2&&!_driver?.$kw){
var locals_chatkit_browser__subscription_Subscription_connect=locals={self:_self,driver:_driver}
}else{
var locals_chatkit_browser__subscription_Subscription_connect=locals=$B.args_parser(connect3,arguments)
}
var frame=["connect",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,connect3]
$B.enter_frame(frame,__file__,22)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(connect3,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
if($B.set_lineno(frame,24)&&$B.$bool($B.$getattr_pep657(locals.self,'active',1))){
$B.set_lineno(frame,25)
$B.$setattr1(locals_chatkit_browser__subscription_Subscription_connect.self,"_chat_subscription",$B.call_attr(locals_chatkit_browser__subscription_Subscription_connect.driver,'subscribe',3,$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_connect.self,'native',5),$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_connect.self,'deliver',7)),9)
$B.set_lineno(frame,26);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_connect.self,'_link',13),'track',11,locals_chatkit_browser__subscription_Subscription_connect.self)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
connect3.$is_method=true
connect3.$function_infos=['chatkit.browser._subscription','connect','Subscription.connect',__file__,_b_.None,_b_.None,'',['self','driver'],null,null,
2,22,3,[],0,0,['self','driver'],false,[],frame]
$B.set_func_attrs(connect3,frame,'chatkit.browser._subscription')
connect3.ob_type=$B.function
connect3.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.connect=connect3
$B.set_lineno(frame,28)
function move4(_self,_driver){
var locals
if(arguments.length==2&&!_driver?.$kw){
var locals_chatkit_browser__subscription_Subscription_move=locals={self:_self,driver:_driver}
}else{
var locals_chatkit_browser__subscription_Subscription_move=locals=$B.args_parser(move4,arguments)
}
var frame=["move",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,move4]
$B.enter_frame(frame,__file__,28)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(move4,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,30);
$B.call_attr(locals.self,'_unsubscribe',1,)
$B.set_lineno(frame,31);
$B.call_attr(locals.self,'connect',3,locals.driver)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
move4.$is_method=true
move4.$function_infos=['chatkit.browser._subscription','move','Subscription.move',__file__,_b_.None,_b_.None,'',['self','driver'],null,null,
2,28,3,[],0,0,['self','driver'],false,[],frame]
$B.set_func_attrs(move4,frame,'chatkit.browser._subscription')
move4.ob_type=$B.function
move4.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.move=move4
$B.set_lineno(frame,33)
function deliver5(_self,_data){
var locals
if(arguments.length==2&&!_data?.$kw){
var locals_chatkit_browser__subscription_Subscription_deliver=locals={self:_self,data:_data}
}else{
var locals_chatkit_browser__subscription_Subscription_deliver=locals=$B.args_parser(deliver5,arguments)
}
var frame=["deliver",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,deliver5]
$B.enter_frame(frame,__file__,33)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(deliver5,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
if($B.set_lineno(frame,35)&&$B.$bool(!$B.$bool($B.$getattr_pep657(locals.self,'active',1)))){
$B.set_lineno(frame,36)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,37)
try{
var stack_length_6=$B.count_frames()
var save_frame_obj_6=$B.frame_obj
$B.set_lineno(frame,38);
$B.call_attr(locals_chatkit_browser__subscription_Subscription_deliver.self,'handler',3,locals_chatkit_browser__subscription_Subscription_deliver.data)
}catch(err6){
$B.set_exc_and_trace(frame,err6)
if($B.set_lineno(frame,39)&&$B.is_exc(err6,[_b_.Exception])){
locals.error=err6
$B.set_lineno(frame,40);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'_link',9),'logger',7),'error',5,$B.rich_op('__mod__','handler %s for %s failed',$B.fast_tuple([$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__subscription_Subscription_deliver,locals_chatkit_browser__subscription,_b_],15),13,$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'handler',17)),$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'event',19)]),11),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_6
}else{
throw err6
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
deliver5.$is_method=true
deliver5.$function_infos=['chatkit.browser._subscription','deliver','Subscription.deliver',__file__,_b_.None,_b_.None,'',['self','data'],null,null,
2,33,3,[],0,0,['self','data','error'],false,[],frame]
$B.set_func_attrs(deliver5,frame,'chatkit.browser._subscription')
deliver5.ob_type=$B.function
deliver5.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.deliver=deliver5
$B.set_lineno(frame,43)
function remove7(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription_remove=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription_remove=locals=$B.args_parser(remove7,arguments)
}
var frame=["remove",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,remove7]
$B.enter_frame(frame,__file__,43)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(remove7,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,45)
$B.$setattr1(locals.self,"active",false,1)
$B.set_lineno(frame,46);
$B.call_attr(locals.self,'_unsubscribe',3,)
$B.set_lineno(frame,47);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',7),'forget',5,locals.self)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
remove7.$is_method=true
remove7.$function_infos=['chatkit.browser._subscription','remove','Subscription.remove',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,43,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(remove7,frame,'chatkit.browser._subscription')
remove7.ob_type=$B.function
remove7.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.remove=remove7
$B.set_lineno(frame,49)
function _unsubscribe8(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription__unsubscribe=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription__unsubscribe=locals=$B.args_parser(_unsubscribe8,arguments)
}
var frame=["_unsubscribe",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,_unsubscribe8]
$B.enter_frame(frame,__file__,49)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_unsubscribe8,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,50)
var v9=$B.fast_tuple([$B.$getattr_pep657(locals.self,'_chat_subscription',1),_b_.None])
var it_10=$B.unpacker(v9,2,false,3)
locals_chatkit_browser__subscription_Subscription__unsubscribe.subscription=it_10.read_one()
$B.$setattr1(locals.self,"_chat_subscription",it_10.read_one(),5)
if($B.set_lineno(frame,51)&&$B.$bool(!$B.$is(locals.subscription,_b_.None))){
$B.set_lineno(frame,52)
try{
var stack_length_11=$B.count_frames()
var save_frame_obj_11=$B.frame_obj
$B.set_lineno(frame,53);
$B.call_attr(locals_chatkit_browser__subscription_Subscription__unsubscribe.subscription,'remove',7,)
}catch(err11){
$B.set_exc_and_trace(frame,err11)
if($B.set_lineno(frame,54)&&$B.is_exc(err11,[_b_.Exception])){
locals.error=err11
$B.set_lineno(frame,55);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription__unsubscribe.self,'_link',13),'logger',11),'error',9,$B.rich_op('__mod__','removing %r failed',locals_chatkit_browser__subscription_Subscription__unsubscribe.self,15),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_11
}else{
throw err11
}
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_unsubscribe8.$is_method=true
_unsubscribe8.$function_infos=['chatkit.browser._subscription','_unsubscribe','Subscription._unsubscribe',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,49,3,[],0,0,['self','subscription','error'],false,[],frame]
$B.set_func_attrs(_unsubscribe8,frame,'chatkit.browser._subscription')
_unsubscribe8.ob_type=$B.function
_unsubscribe8.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription._unsubscribe=_unsubscribe8
$B.set_lineno(frame,57)
function __repr__13(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription___repr__=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription___repr__=locals=$B.args_parser(__repr__13,arguments)
}
var frame=["__repr__",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,__repr__13]
$B.enter_frame(frame,__file__,57)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__13,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,58)
locals_chatkit_browser__subscription_Subscription___repr__.state=($B.$bool($B.$getattr_pep657(locals.self,'active',1))?'active':'inactive')
$B.set_lineno(frame,59)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','<Subscription %s %s %s>',$B.fast_tuple([$B.$getattr_pep657(locals.self,'event',5),$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__subscription_Subscription___repr__,locals_chatkit_browser__subscription,_b_],9),7,$B.$getattr_pep657(locals.self,'handler',11)),locals.state]),3))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__13.$is_method=true
__repr__13.$function_infos=['chatkit.browser._subscription','__repr__','Subscription.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,57,3,[],0,0,['self','state'],false,[],frame]
$B.set_func_attrs(__repr__13,frame,'chatkit.browser._subscription')
__repr__13.ob_type=$B.function
__repr__13.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.__repr__=__repr__13
locals.__static_attributes__=$B.fast_tuple(["event","native","handler","active","_link","_chat_subscription"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Subscription',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Subscription',$B.fast_tuple([]),{})
locals_chatkit_browser__subscription.Subscription=Subscription1
$B.set_lineno(frame,62)
function _name14(_handler){
var locals
if(arguments.length==1&&!_handler?.$kw){
var locals_chatkit_browser__subscription__name=locals={handler:_handler}
}else{
var locals_chatkit_browser__subscription__name=locals=$B.args_parser(_name14,arguments)
}
var frame=["_name",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,_name14]
$B.enter_frame(frame,__file__,62)
try{
$B.js_this=this
$B.set_lineno(frame,63)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position(_b_.getattr,1,locals.handler,'__qualname__',_b_.None))?locals.$test:$B.$call_with_position(_b_.getattr,3,locals.handler,'__name__',$B.$call_with_position(_b_.repr,5,locals.handler))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_name14.$function_infos=['chatkit.browser._subscription','_name','_name',__file__,_b_.None,_b_.None,_b_.None,['handler'],null,null,
1,62,3,[],0,0,['handler'],false,[],frame]
$B.set_func_attrs(_name14,frame,'chatkit.browser._subscription')
_name14.ob_type=$B.function
_name14.__annotate__=_b_.None
locals_chatkit_browser__subscription._name=_name14
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__subscription
});
__chatkitModules["chatkit.browser._availability"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__availability=$B.namespace("chatkit.browser._availability"),
locals=locals_chatkit_browser__availability,
frame=["chatkit.browser._availability",locals,"chatkit.browser._availability",locals]
var __file__=locals.__file__="VFS.chatkit.browser._availability.py"
locals.__name__="chatkit.browser._availability"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,10)
$B.$import_from("chatkit.browser._subscription",'Subscription',{},0,locals,1)
$B.set_lineno(frame,12)
locals_chatkit_browser__availability.EVENT='availability'
$B.set_lineno(frame,15,'ClassDef')
var Availability1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=3
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Availability",bases,resolved_bases)
var locals_chatkit_browser__availability_Availability=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__availability_Availability
locals.__doc__=''
locals.__module__='chatkit.browser._availability'
locals.__firstlineno__=15
var frame=[name,locals,'chatkit.browser._availability',locals_chatkit_browser__availability]
$B.enter_frame(frame,__file__,15)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,18)
function __init__2(_self,_link){
var locals
if(arguments.length==2&&!_link?.$kw){
var locals_chatkit_browser__availability_Availability___init__=locals={self:_self,link:_link}
}else{
var locals_chatkit_browser__availability_Availability___init__=locals=$B.args_parser(__init__2,arguments)
}
var frame=["__init__",locals,"chatkit.browser._availability",locals_chatkit_browser__availability,__init__2]
$B.enter_frame(frame,__file__,18)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__2,locals_chatkit_browser__availability,"Availability",['Availability'])
$B.set_lineno(frame,19)
$B.$setattr1(locals.self,"_link",locals.link,1)
$B.set_lineno(frame,20)
$B.$setattr1(locals.self,"_subscriptions",$B.$list([]),3)
$B.set_lineno(frame,21)
$B.$setattr1(locals.self,"last",_b_.None,5)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__2.$is_method=true
__init__2.$function_infos=['chatkit.browser._availability','__init__','Availability.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','link'],null,null,
2,18,3,[],0,0,['self','link'],false,[],frame]
$B.set_func_attrs(__init__2,frame,'chatkit.browser._availability')
__init__2.ob_type=$B.function
__init__2.__annotate__=_b_.None
locals_chatkit_browser__availability_Availability.__init__=__init__2
$B.set_lineno(frame,23)
function on3(_self,_handler){
var locals
if(arguments.length==2&&!_handler?.$kw){
var locals_chatkit_browser__availability_Availability_on=locals={self:_self,handler:_handler}
}else{
var locals_chatkit_browser__availability_Availability_on=locals=$B.args_parser(on3,arguments)
}
var frame=["on",locals,"chatkit.browser._availability",locals_chatkit_browser__availability,on3]
$B.enter_frame(frame,__file__,23)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(on3,locals_chatkit_browser__availability,"Availability",['Availability'])
$B.set_lineno(frame,24)
locals_chatkit_browser__availability_Availability_on.subscription=$B.$call_with_position(locals_chatkit_browser__availability.Subscription,1,locals_chatkit_browser__availability.EVENT,locals_chatkit_browser__availability.EVENT,locals.handler,$B.$getattr_pep657(locals.self,'_link',3))
$B.set_lineno(frame,25);
$B.call_attr($B.$getattr_pep657(locals.self,'_subscriptions',7),'append',5,locals.subscription)
if($B.set_lineno(frame,26)&&$B.$bool(!$B.$is($B.$getattr_pep657(locals.self,'last',9),_b_.None))){
$B.set_lineno(frame,27);
$B.call_attr(locals_chatkit_browser__availability_Availability_on.subscription,'deliver',11,$B.$getattr_pep657(locals_chatkit_browser__availability_Availability_on.self,'last',13))
}
$B.set_lineno(frame,28)
return $B.trace_return_and_leave(frame,locals.subscription)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
on3.$is_method=true
on3.$function_infos=['chatkit.browser._availability','on','Availability.on',__file__,_b_.None,_b_.None,_b_.None,['self','handler'],null,null,
2,23,3,[],0,0,['self','handler','subscription'],false,[],frame]
$B.set_func_attrs(on3,frame,'chatkit.browser._availability')
on3.ob_type=$B.function
on3.__annotate__=_b_.None
locals_chatkit_browser__availability_Availability.on=on3
$B.set_lineno(frame,30)
function deliver4(_self,_status){
var locals
if(arguments.length==2&&!_status?.$kw){
var locals_chatkit_browser__availability_Availability_deliver=locals={self:_self,status:_status}
}else{
var locals_chatkit_browser__availability_Availability_deliver=locals=$B.args_parser(deliver4,arguments)
}
var frame=["deliver",locals,"chatkit.browser._availability",locals_chatkit_browser__availability,deliver4]
$B.enter_frame(frame,__file__,30)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(deliver4,locals_chatkit_browser__availability,"Availability",['Availability'])
$B.set_lineno(frame,32)
$B.$setattr1(locals.self,"last",locals.status,1)
$B.set_lineno(frame,33)
$B.$setattr1(locals.self,"_subscriptions",(function(expr){
var next_func_5=$B.make_js_iterator(expr,frame,33)
var result_5=$B.$list([])
try{
for(var next_5 of next_func_5){
$B.set_lineno(frame,33)
locals_chatkit_browser__availability_Availability_deliver.s=next_5
if($B.$bool($B.$getattr_pep657(locals.s,'active',5))){
result_5.push(locals.s)
}
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__availability_Availability_deliver.s
return result_5
})($B.$getattr_pep657(locals.self,'_subscriptions',3))
,7)
frame.$lineno=34
var no_break_6=true,
iterator_6=$B.$call_with_position(_b_.list,9,$B.$getattr_pep657(locals.self,'_subscriptions',11))
iterator_6[$B.INUM]=13
for(var next_6 of $B.make_js_iterator(iterator_6,frame,34)){
locals_chatkit_browser__availability_Availability_deliver.subscription=next_6
$B.set_lineno(frame,35);
$B.call_attr(locals.subscription,'deliver',15,locals_chatkit_browser__availability_Availability_deliver.status)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
deliver4.$is_method=true
deliver4.$function_infos=['chatkit.browser._availability','deliver','Availability.deliver',__file__,_b_.None,_b_.None,'',['self','status'],null,null,
2,30,3,[],0,0,['self','status','subscription','s'],false,[],frame]
$B.set_func_attrs(deliver4,frame,'chatkit.browser._availability')
deliver4.ob_type=$B.function
deliver4.__annotate__=_b_.None
locals_chatkit_browser__availability_Availability.deliver=deliver4
locals.__static_attributes__=$B.fast_tuple(["_link","_subscriptions","last"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Availability',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Availability',$B.fast_tuple([]),{})
locals_chatkit_browser__availability.Availability=Availability1
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__availability
});
__chatkitModules["chatkit.errors"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_errors=$B.namespace("chatkit.errors"),
locals=locals_chatkit_errors,
frame=["chatkit.errors",locals,"chatkit.errors",locals]
var __file__=locals.__file__="VFS.chatkit.errors.py"
locals.__name__="chatkit.errors"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,21)
locals_chatkit_errors.__all__=$B.$list(['INVISIBLE','ChatkitError','ConfigError','Problem','ValidationError','escape','is_control','is_hidden'])
$B.set_lineno(frame,26)
locals_chatkit_errors.INVISIBLE=$B.$call_with_position(_b_.frozenset,1,$B.fast_tuple([173,847,1564,4447,4448,6158,8203,8204,8205,8206,8207,8234,8235,8236,8237,8238,8288,8289,8290,8291,8292,8294,8295,8296,8297,12644,65279,65440]))
$B.set_lineno(frame,31)
locals_chatkit_errors._SHORT_ESCAPES=_b_.dict.$literal([[9,'\\t',9],[10,'\\n',10],[13,'\\r',13]])
$B.set_lineno(frame,34)
function is_control1(_char){
var locals
if(arguments.length==1&&!_char?.$kw){
var locals_chatkit_errors_is_control=locals={char:_char}
}else{
var locals_chatkit_errors_is_control=locals=$B.args_parser(is_control1,arguments)
}
var frame=["is_control",locals,"chatkit.errors",locals_chatkit_errors,is_control1]
$B.enter_frame(frame,__file__,34)
try{
$B.js_this=this
$B.set_lineno(frame,36)
locals_chatkit_errors_is_control.code=$B.$call_with_position(_b_.ord,1,locals.char)
$B.set_lineno(frame,37)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.rich_comp('__lt__',locals.code,32))?locals.$test:$B.$bool(locals.$test=$B.rich_comp('__le__',127,locals.$op=locals.code)&&$B.rich_comp('__le__',locals.$op,159))?locals.$test:$B.$is_member(locals.code,$B.fast_tuple([8232,8233]))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_control1.$function_infos=['chatkit.errors','is_control','is_control',__file__,_b_.None,_b_.None,'',['char'],null,null,
1,34,3,[],0,0,['char','code'],false,[],frame]
$B.set_func_attrs(is_control1,frame,'chatkit.errors')
is_control1.ob_type=$B.function
is_control1.__annotate__=_b_.None
locals_chatkit_errors.is_control=is_control1
$B.set_lineno(frame,40)
function is_hidden2(_char){
var locals
if(arguments.length==1&&!_char?.$kw){
var locals_chatkit_errors_is_hidden=locals={char:_char}
}else{
var locals_chatkit_errors_is_hidden=locals=$B.args_parser(is_hidden2,arguments)
}
var frame=["is_hidden",locals,"chatkit.errors",locals_chatkit_errors,is_hidden2]
$B.enter_frame(frame,__file__,40)
try{
$B.js_this=this
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position(locals_chatkit_errors.is_control,1,locals.char))?locals.$test:$B.$is_member($B.$call_with_position(_b_.ord,3,locals.char),locals_chatkit_errors.INVISIBLE)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_hidden2.$function_infos=['chatkit.errors','is_hidden','is_hidden',__file__,_b_.None,_b_.None,'',['char'],null,null,
1,40,3,[],0,0,['char'],false,[],frame]
$B.set_func_attrs(is_hidden2,frame,'chatkit.errors')
is_hidden2.ob_type=$B.function
is_hidden2.__annotate__=_b_.None
locals_chatkit_errors.is_hidden=is_hidden2
$B.set_lineno(frame,45)
function escape3(_text){
var locals
if(arguments.length==1&&!_text?.$kw){
var locals_chatkit_errors_escape=locals={text:_text}
}else{
var locals_chatkit_errors_escape=locals=$B.args_parser(escape3,arguments)
}
var frame=["escape",locals,"chatkit.errors",locals_chatkit_errors,escape3]
$B.enter_frame(frame,__file__,45)
try{
$B.js_this=this
if($B.set_lineno(frame,51)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.any,1,(function(expr){
var locals_chatkit_errors_escape_genexpr_4={},
locals=locals_chatkit_errors_escape_genexpr_4
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_errors_escape_genexpr_4,"chatkit.errors",locals_chatkit_errors]
frame.$has_generators=true
frame.__file__='VFS.chatkit.errors.py'
frame.$lineno=51
$B.make_f_code(frame,['0'])
var next_func_4=$B.make_js_iterator(expr,frame,51)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen4=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,51)
var next_func_4=$B.make_js_iterator(expr,frame,51)
for(var next_4 of next_func_4){
$B.enter_frame(frame,__file__,51)
$B.set_lineno(frame,51)
locals_chatkit_errors_escape_genexpr_4.c=next_4
try{
yield $B.$call_with_position(locals_chatkit_errors.is_hidden,1,locals.c)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen4
})(locals.text)
)))){
$B.set_lineno(frame,52)
return $B.trace_return_and_leave(frame,locals_chatkit_errors_escape.text)
}
$B.set_lineno(frame,53)
return $B.trace_return_and_leave(frame,$B.call_attr('','join',3,(function(expr){
var locals_chatkit_errors_escape_genexpr_5={},
locals=locals_chatkit_errors_escape_genexpr_5
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_errors_escape_genexpr_5,"chatkit.errors",locals_chatkit_errors]
frame.$has_generators=true
frame.__file__='VFS.chatkit.errors.py'
frame.$lineno=53
$B.make_f_code(frame,['0'])
var next_func_5=$B.make_js_iterator(expr,frame,53)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen5=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,53)
var next_func_5=$B.make_js_iterator(expr,frame,53)
for(var next_5 of next_func_5){
$B.enter_frame(frame,__file__,53)
$B.set_lineno(frame,53)
locals_chatkit_errors_escape_genexpr_5.c=next_5
try{
yield($B.$bool($B.$call_with_position(locals_chatkit_errors.is_hidden,1,locals.c))?$B.$call_with_position($B.resolve_in_scopes('_escaped',[locals_chatkit_errors_escape_genexpr_5,locals_chatkit_errors_escape,locals_chatkit_errors,_b_],5),3,locals.c):locals.c)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen5
})(locals.text)
))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
escape3.$function_infos=['chatkit.errors','escape','escape',__file__,_b_.None,_b_.None,'',['text'],null,null,
1,45,3,[],0,0,['text'],false,[],frame]
$B.set_func_attrs(escape3,frame,'chatkit.errors')
escape3.ob_type=$B.function
escape3.__annotate__=_b_.None
locals_chatkit_errors.escape=escape3
$B.set_lineno(frame,56)
function _escaped6(_char){
var locals
if(arguments.length==1&&!_char?.$kw){
var locals_chatkit_errors__escaped=locals={char:_char}
}else{
var locals_chatkit_errors__escaped=locals=$B.args_parser(_escaped6,arguments)
}
var frame=["_escaped",locals,"chatkit.errors",locals_chatkit_errors,_escaped6]
$B.enter_frame(frame,__file__,56)
try{
$B.js_this=this
$B.set_lineno(frame,57)
locals_chatkit_errors__escaped.code=$B.$call_with_position(_b_.ord,1,locals.char)
if($B.set_lineno(frame,58)&&$B.$bool($B.$is_member(locals.code,locals_chatkit_errors._SHORT_ESCAPES))){
$B.set_lineno(frame,59)
return $B.trace_return_and_leave(frame,$B.$getitem(locals_chatkit_errors._SHORT_ESCAPES,locals_chatkit_errors__escaped.code,3))
}
$B.set_lineno(frame,60)
return $B.trace_return_and_leave(frame,($B.$bool($B.rich_comp('__lt__',locals.code,256))?$B.rich_op('__mod__','\\x%02x',locals.code,5):$B.rich_op('__mod__','\\u%04x',locals.code,7)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_escaped6.$function_infos=['chatkit.errors','_escaped','_escaped',__file__,_b_.None,_b_.None,_b_.None,['char'],null,null,
1,56,3,[],0,0,['char','code'],false,[],frame]
$B.set_func_attrs(_escaped6,frame,'chatkit.errors')
_escaped6.ob_type=$B.function
_escaped6.__annotate__=_b_.None
locals_chatkit_errors._escaped=_escaped6
$B.set_lineno(frame,63,'ClassDef')
var ChatkitError7=(function(name,bases,keywords){
$B.frame_obj.frame.inum=3
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ChatkitError",bases,resolved_bases)
var locals_chatkit_errors_ChatkitError=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_ChatkitError
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=63
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,63)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ChatkitError',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ChatkitError',$B.fast_tuple([_b_.Exception]),{})
locals_chatkit_errors.ChatkitError=ChatkitError7
$B.set_lineno(frame,67,'ClassDef')
var Problem8=(function(name,bases,keywords){
$B.frame_obj.frame.inum=5
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Problem",bases,resolved_bases)
var locals_chatkit_errors_Problem=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_Problem
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=67
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,67)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,70)
locals_chatkit_errors_Problem.__slots__=$B.fast_tuple(['key','value','message','severity'])
$B.set_lineno(frame,72)
function __init__9(_self,_key,_value,_message,_severity){
var locals
var locals_chatkit_errors_Problem___init__=locals=$B.args_parser(__init__9,arguments)
var frame=["__init__",locals,"chatkit.errors",locals_chatkit_errors,__init__9]
$B.enter_frame(frame,__file__,72)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__9,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,73)
$B.$setattr1(locals.self,"key",locals.key,1)
$B.set_lineno(frame,74)
$B.$setattr1(locals.self,"value",locals.value,3)
$B.set_lineno(frame,75)
$B.$setattr1(locals.self,"message",locals.message,5)
$B.set_lineno(frame,76)
$B.$setattr1(locals.self,"severity",locals.severity,7)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__9.$is_method=true
__init__9.$function_infos=['chatkit.errors','__init__','Problem.__init__',__file__,['error'],_b_.None,_b_.None,['self','key','value','message','severity'],null,null,
5,72,3,[],0,0,['self','key','value','message','severity'],false,[],frame]
$B.set_func_attrs(__init__9,frame,'chatkit.errors')
__init__9.ob_type=$B.function
__init__9.__annotate__=_b_.None
locals_chatkit_errors_Problem.__init__=__init__9
$B.set_lineno(frame,78)
var decorator10=_b_.property
$B.set_lineno(frame,79)
function is_error11(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_errors_Problem_is_error=locals={self:_self}
}else{
var locals_chatkit_errors_Problem_is_error=locals=$B.args_parser(is_error11,arguments)
}
var frame=["is_error",locals,"chatkit.errors",locals_chatkit_errors,is_error11]
$B.enter_frame(frame,__file__,79)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(is_error11,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,80)
return $B.trace_return_and_leave(frame,$B.rich_comp('__eq__',$B.$getattr_pep657(locals.self,'severity',1),'error'))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_error11.$is_method=true
is_error11.$function_infos=['chatkit.errors','is_error','Problem.is_error',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,79,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(is_error11,frame,'chatkit.errors')
is_error11.ob_type=$B.function
is_error11.__annotate__=_b_.None
var decorated12=is_error11
locals_chatkit_errors_Problem.is_error=$B.$call(decorator10,decorated12)
$B.set_lineno(frame,82)
function line13(_self,_source){
var locals
var locals_chatkit_errors_Problem_line=locals=$B.args_parser(line13,arguments)
var frame=["line",locals,"chatkit.errors",locals_chatkit_errors,line13]
$B.enter_frame(frame,__file__,82)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(line13,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,89)
locals_chatkit_errors_Problem_line.parts=(function(expr){
var next_func_14=$B.make_js_iterator(expr,frame,89)
var result_14=$B.$list([])
try{
for(var next_14 of next_func_14){
$B.set_lineno(frame,89)
locals_chatkit_errors_Problem_line.p=next_14
if($B.$bool(locals.p)){
result_14.push(locals.p)
}
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_errors_Problem_line.p
return result_14
})($B.fast_tuple([locals.source,$B.$getattr_pep657(locals.self,'key',1)]))
$B.set_lineno(frame,90)
locals_chatkit_errors_Problem_line.prefix=($B.$bool($B.rich_comp('__eq__',$B.$getattr_pep657(locals.self,'severity',3),'warning'))?'warning: ':'')
$B.set_lineno(frame,91)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_errors.escape,5,$B.call_attr(': ','join',7,$B.rich_op('__add__',locals.parts,$B.$list([$B.rich_op('__add__',locals.prefix,$B.$getattr_pep657(locals.self,'message',13),11)]),9))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
line13.$is_method=true
line13.$function_infos=['chatkit.errors','line','Problem.line',__file__,[''],_b_.None,'',['self','source'],null,null,
2,82,3,[],0,0,['self','source','parts','prefix','p'],false,[],frame]
$B.set_func_attrs(line13,frame,'chatkit.errors')
line13.ob_type=$B.function
line13.__annotate__=_b_.None
locals_chatkit_errors_Problem.line=line13
$B.set_lineno(frame,93)
function __repr__15(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_errors_Problem___repr__=locals={self:_self}
}else{
var locals_chatkit_errors_Problem___repr__=locals=$B.args_parser(__repr__15,arguments)
}
var frame=["__repr__",locals,"chatkit.errors",locals_chatkit_errors,__repr__15]
$B.enter_frame(frame,__file__,93)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__15,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,94)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','Problem(%r, %r, %r, %r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'key',3),$B.$getattr_pep657(locals.self,'value',5),$B.$getattr_pep657(locals.self,'message',7),$B.$getattr_pep657(locals.self,'severity',9)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__15.$is_method=true
__repr__15.$function_infos=['chatkit.errors','__repr__','Problem.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,93,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__15,frame,'chatkit.errors')
__repr__15.ob_type=$B.function
__repr__15.__annotate__=_b_.None
locals_chatkit_errors_Problem.__repr__=__repr__15
$B.set_lineno(frame,96)
function __eq__16(_self,_other){
var locals
if(arguments.length==2&&!_other?.$kw){
var locals_chatkit_errors_Problem___eq__=locals={self:_self,other:_other}
}else{
var locals_chatkit_errors_Problem___eq__=locals=$B.args_parser(__eq__16,arguments)
}
var frame=["__eq__",locals,"chatkit.errors",locals_chatkit_errors,__eq__16]
$B.enter_frame(frame,__file__,96)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__eq__16,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,97)
return $B.trace_return_and_leave(frame,(!$B.$bool(locals.$test=$B.$call_with_position(_b_.isinstance,1,locals.other,locals_chatkit_errors.Problem))?locals.$test:$B.rich_comp('__eq__',$B.$call_with_position(_b_.repr,3,locals.self),$B.$call_with_position(_b_.repr,5,locals.other))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__eq__16.$is_method=true
__eq__16.$function_infos=['chatkit.errors','__eq__','Problem.__eq__',__file__,_b_.None,_b_.None,_b_.None,['self','other'],null,null,
2,96,3,[],0,0,['self','other'],false,[],frame]
$B.set_func_attrs(__eq__16,frame,'chatkit.errors')
__eq__16.ob_type=$B.function
__eq__16.__annotate__=_b_.None
locals_chatkit_errors_Problem.__eq__=__eq__16
locals.__static_attributes__=$B.fast_tuple(["key","value","message","severity"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Problem',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Problem',$B.fast_tuple([]),{})
locals_chatkit_errors.Problem=Problem8
$B.set_lineno(frame,100,'ClassDef')
var ValidationError17=(function(name,bases,keywords){
$B.frame_obj.frame.inum=7
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ValidationError",bases,resolved_bases)
var locals_chatkit_errors_ValidationError=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_ValidationError
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=100
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,100)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,103)
function __init__18(_self,_problems,_source){
var locals
var locals_chatkit_errors_ValidationError___init__=locals=$B.args_parser(__init__18,arguments)
var frame=["__init__",locals,"chatkit.errors",locals_chatkit_errors,__init__18]
$B.enter_frame(frame,__file__,103)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__18,locals_chatkit_errors,"ValidationError",['ValidationError'])
$B.set_lineno(frame,104)
$B.$setattr1(locals.self,"problems",$B.$call_with_position(_b_.list,1,locals.problems),3)
$B.set_lineno(frame,105)
$B.$setattr1(locals.self,"source",locals.source,5)
$B.set_lineno(frame,106);
$B.call_attr($B.$call_with_position(_b_.super,9,),'__init__',7,$B.call_attr('\n','join',11,(function(expr){
var locals_chatkit_errors_ValidationError___init___genexpr_19={},
locals=locals_chatkit_errors_ValidationError___init___genexpr_19
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_errors_ValidationError___init___genexpr_19,"chatkit.errors",locals_chatkit_errors]
frame.$has_generators=true
frame.__file__='VFS.chatkit.errors.py'
frame.$lineno=106
$B.make_f_code(frame,['0'])
var next_func_19=$B.make_js_iterator(expr,frame,106)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen19=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,106)
var next_func_19=$B.make_js_iterator(expr,frame,106)
for(var next_19 of next_func_19){
$B.enter_frame(frame,__file__,106)
$B.set_lineno(frame,106)
locals_chatkit_errors_ValidationError___init___genexpr_19.p=next_19
try{
yield $B.call_attr(locals.p,'line',1,locals_chatkit_errors_ValidationError___init__.source)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen19
})($B.$getattr_pep657(locals.self,'problems',13))
))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__18.$is_method=true
__init__18.$function_infos=['chatkit.errors','__init__','ValidationError.__init__',__file__,[''],_b_.None,_b_.None,['self','problems','source'],null,null,
3,103,3,['__class__'],0,0,['self','problems','source'],false,[],frame]
$B.set_func_attrs(__init__18,frame,'chatkit.errors')
__init__18.ob_type=$B.function
__init__18.__annotate__=_b_.None
locals_chatkit_errors_ValidationError.__init__=__init__18
locals.__static_attributes__=$B.fast_tuple(["problems","source"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ValidationError',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ValidationError',$B.fast_tuple([locals.ChatkitError]),{})
locals_chatkit_errors.ValidationError=ValidationError17
$B.set_lineno(frame,109,'ClassDef')
var ConfigError20=(function(name,bases,keywords){
$B.frame_obj.frame.inum=9
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ConfigError",bases,resolved_bases)
var locals_chatkit_errors_ConfigError=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_ConfigError
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=109
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,109)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ConfigError',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ConfigError',$B.fast_tuple([locals.ValidationError]),{})
locals_chatkit_errors.ConfigError=ConfigError20
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_errors
});
__chatkitModules["chatkit.rules.customer"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_customer=$B.namespace("chatkit.rules.customer"),
locals=locals_chatkit_rules_customer,
frame=["chatkit.rules.customer",locals,"chatkit.rules.customer",locals]
var __file__=locals.__file__="VFS.chatkit.rules.customer.py"
locals.__name__="chatkit.rules.customer"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,9)
locals_chatkit_rules_customer.__all__=$B.$list(['Discarded','InfoReport','KEY_LIMIT','KEY_NOT_TEXT','KEY_TOO_BIG','NOT_FINITE','NOT_PRIMITIVE','SAFE_INTEGER','UNSAFE_INTEGER','UNSET','VALUE_LIMIT','VALUE_TOO_BIG','check_info','int_text','is_primitive','js_length','js_string','merge_info','report_of','value_text'])
$B.set_lineno(frame,14)
locals_chatkit_rules_customer.KEY_LIMIT=100
$B.set_lineno(frame,15)
locals_chatkit_rules_customer.VALUE_LIMIT=500
$B.set_lineno(frame,17)
locals_chatkit_rules_customer.SAFE_INTEGER=9007199254740992n
$B.set_lineno(frame,19)
locals_chatkit_rules_customer.NOT_PRIMITIVE='Customer info %s is not of a primitive type and will be discarded'
$B.set_lineno(frame,20)
locals_chatkit_rules_customer.KEY_TOO_BIG='Customer info %s key is too big and will be discarded'
$B.set_lineno(frame,21)
locals_chatkit_rules_customer.VALUE_TOO_BIG='Customer info %s value is too big and will be discarded'
$B.set_lineno(frame,23)
locals_chatkit_rules_customer.KEY_NOT_TEXT='Customer info key %s is not a string and will be discarded'
$B.set_lineno(frame,24)
locals_chatkit_rules_customer.NOT_FINITE='Customer info %s value %s is not a finite number and will be discarded'
$B.set_lineno(frame,25)
locals_chatkit_rules_customer.UNSAFE_INTEGER='Customer info %s value %s is beyond \u{b1}2**53 and would lose precision, so it will be discarded'
$B.set_lineno(frame,28)
locals_chatkit_rules_customer._INFINITY=$B.$call_with_position(_b_.float,3,'inf')
$B.set_lineno(frame,31,'ClassDef')
var _Unset1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=5
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"_Unset",bases,resolved_bases)
var locals_chatkit_rules_customer__Unset=$B.dict_proxy(class_dict),
locals=locals_chatkit_rules_customer__Unset
locals.__doc__=''
locals.__module__='chatkit.rules.customer'
locals.__firstlineno__=31
var frame=[name,locals,'chatkit.rules.customer',locals_chatkit_rules_customer]
$B.enter_frame(frame,__file__,31)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,34)
locals_chatkit_rules_customer__Unset._instance=_b_.None
$B.set_lineno(frame,36)
function __new__2(_cls){
var locals
if(arguments.length==1&&!_cls?.$kw){
var locals_chatkit_rules_customer__Unset___new__=locals={cls:_cls}
}else{
var locals_chatkit_rules_customer__Unset___new__=locals=$B.args_parser(__new__2,arguments)
}
var frame=["__new__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__new__2]
$B.enter_frame(frame,__file__,36)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__new__2,locals_chatkit_rules_customer,"_Unset",['_Unset'])
if($B.set_lineno(frame,37)&&$B.$bool($B.$is($B.$getattr_pep657(locals.cls,'_instance',1),_b_.None))){
$B.set_lineno(frame,38)
$B.$setattr1(locals_chatkit_rules_customer__Unset___new__.cls,"_instance",$B.call_attr(_b_.object,'__new__',3,locals_chatkit_rules_customer__Unset___new__.cls),5)
}
$B.set_lineno(frame,39)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657(locals.cls,'_instance',7))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__new__2.$is_method=true
__new__2.$function_infos=['chatkit.rules.customer','__new__','_Unset.__new__',__file__,_b_.None,_b_.None,_b_.None,['cls'],null,null,
1,36,3,[],0,0,['cls'],false,[],frame]
$B.set_func_attrs(__new__2,frame,'chatkit.rules.customer')
__new__2.ob_type=$B.function
__new__2.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__new__=__new__2
$B.set_lineno(frame,41)
function __repr__3(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer__Unset___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer__Unset___repr__=locals=$B.args_parser(__repr__3,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__3]
$B.enter_frame(frame,__file__,41)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__3,locals_chatkit_rules_customer,"_Unset",['_Unset'])
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,'UNSET')
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__3.$is_method=true
__repr__3.$function_infos=['chatkit.rules.customer','__repr__','_Unset.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,41,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__3,frame,'chatkit.rules.customer')
__repr__3.ob_type=$B.function
__repr__3.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__repr__=__repr__3
$B.set_lineno(frame,44)
function __bool__4(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer__Unset___bool__=locals={self:_self}
}else{
var locals_chatkit_rules_customer__Unset___bool__=locals=$B.args_parser(__bool__4,arguments)
}
var frame=["__bool__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__bool__4]
$B.enter_frame(frame,__file__,44)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__bool__4,locals_chatkit_rules_customer,"_Unset",['_Unset'])
$B.set_lineno(frame,45)
return $B.trace_return_and_leave(frame,false)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__bool__4.$is_method=true
__bool__4.$function_infos=['chatkit.rules.customer','__bool__','_Unset.__bool__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,44,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__bool__4,frame,'chatkit.rules.customer')
__bool__4.ob_type=$B.function
__bool__4.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__bool__=__bool__4
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('_Unset',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('_Unset',$B.fast_tuple([]),{})
locals_chatkit_rules_customer._Unset=_Unset1
$B.set_lineno(frame,48)
locals_chatkit_rules_customer.UNSET=$B.$call_with_position(locals._Unset,7,)
$B.set_lineno(frame,51,'ClassDef')
var Discarded5=(function(name,bases,keywords){
$B.frame_obj.frame.inum=9
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Discarded",bases,resolved_bases)
var locals_chatkit_rules_customer_Discarded=$B.dict_proxy(class_dict),
locals=locals_chatkit_rules_customer_Discarded
locals.__doc__=''
locals.__module__='chatkit.rules.customer'
locals.__firstlineno__=51
var frame=[name,locals,'chatkit.rules.customer',locals_chatkit_rules_customer]
$B.enter_frame(frame,__file__,51)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,54)
locals_chatkit_rules_customer_Discarded.__slots__=$B.fast_tuple(['key','value','reason','message','chat_rule'])
$B.set_lineno(frame,56)
function __init__6(_self,_key,_value,_reason,_message,_chat_rule){
var locals
if(arguments.length==6&&!_chat_rule?.$kw){
var locals_chatkit_rules_customer_Discarded___init__=locals={self:_self,key:_key,value:_value,reason:_reason,message:_message,chat_rule:_chat_rule}
}else{
var locals_chatkit_rules_customer_Discarded___init__=locals=$B.args_parser(__init__6,arguments)
}
var frame=["__init__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__init__6]
$B.enter_frame(frame,__file__,56)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__6,locals_chatkit_rules_customer,"Discarded",['Discarded'])
$B.set_lineno(frame,57)
$B.$setattr1(locals.self,"key",locals.key,1)
$B.set_lineno(frame,58)
$B.$setattr1(locals.self,"value",locals.value,3)
$B.set_lineno(frame,59)
$B.$setattr1(locals.self,"reason",locals.reason,5)
$B.set_lineno(frame,60)
$B.$setattr1(locals.self,"message",locals.message,7)
$B.set_lineno(frame,61)
$B.$setattr1(locals.self,"chat_rule",locals.chat_rule,9)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__6.$is_method=true
__init__6.$function_infos=['chatkit.rules.customer','__init__','Discarded.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','key','value','reason','message','chat_rule'],null,null,
6,56,3,[],0,0,['self','key','value','reason','message','chat_rule'],false,[],frame]
$B.set_func_attrs(__init__6,frame,'chatkit.rules.customer')
__init__6.ob_type=$B.function
__init__6.__annotate__=_b_.None
locals_chatkit_rules_customer_Discarded.__init__=__init__6
$B.set_lineno(frame,63)
function __repr__7(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_Discarded___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_Discarded___repr__=locals=$B.args_parser(__repr__7,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__7]
$B.enter_frame(frame,__file__,63)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__7,locals_chatkit_rules_customer,"Discarded",['Discarded'])
$B.set_lineno(frame,64)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','Discarded(%r, %r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'key',3),$B.$getattr_pep657(locals.self,'reason',5)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__7.$is_method=true
__repr__7.$function_infos=['chatkit.rules.customer','__repr__','Discarded.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,63,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__7,frame,'chatkit.rules.customer')
__repr__7.ob_type=$B.function
__repr__7.__annotate__=_b_.None
locals_chatkit_rules_customer_Discarded.__repr__=__repr__7
locals.__static_attributes__=$B.fast_tuple(["key","value","reason","message","chat_rule"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Discarded',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Discarded',$B.fast_tuple([]),{})
locals_chatkit_rules_customer.Discarded=Discarded5
$B.set_lineno(frame,67,'ClassDef')
var InfoReport8=(function(name,bases,keywords){
$B.frame_obj.frame.inum=11
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"InfoReport",bases,resolved_bases)
var locals_chatkit_rules_customer_InfoReport=$B.dict_proxy(class_dict),
locals=locals_chatkit_rules_customer_InfoReport
locals.__doc__=''
locals.__module__='chatkit.rules.customer'
locals.__firstlineno__=67
var frame=[name,locals,'chatkit.rules.customer',locals_chatkit_rules_customer]
$B.enter_frame(frame,__file__,67)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,70)
function __init__9(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport___init__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport___init__=locals=$B.args_parser(__init__9,arguments)
}
var frame=["__init__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__init__9]
$B.enter_frame(frame,__file__,70)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__9,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,71)
$B.$setattr1(locals.self,"accepted",_b_.dict.$literal([]),1)
$B.set_lineno(frame,72)
$B.$setattr1(locals.self,"unchanged",$B.$list([]),3)
$B.set_lineno(frame,73)
$B.$setattr1(locals.self,"discarded",$B.$list([]),5)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__9.$is_method=true
__init__9.$function_infos=['chatkit.rules.customer','__init__','InfoReport.__init__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,70,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__init__9,frame,'chatkit.rules.customer')
__init__9.ob_type=$B.function
__init__9.__annotate__=_b_.None
locals_chatkit_rules_customer_InfoReport.__init__=__init__9
$B.set_lineno(frame,75)
var decorator10=_b_.property
$B.set_lineno(frame,76)
function warnings11(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport_warnings=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport_warnings=locals=$B.args_parser(warnings11,arguments)
}
var frame=["warnings",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,warnings11]
$B.enter_frame(frame,__file__,76)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warnings11,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,77)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_12=$B.make_js_iterator(expr,frame,77)
var result_12=$B.$list([])
try{
for(var next_12 of next_func_12){
$B.set_lineno(frame,77)
locals_chatkit_rules_customer_InfoReport_warnings.d=next_12
result_12.push($B.$getattr_pep657(locals.d,'message',3))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_rules_customer_InfoReport_warnings.d
return result_12
})($B.$getattr_pep657(locals.self,'discarded',1))
)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warnings11.$is_method=true
warnings11.$function_infos=['chatkit.rules.customer','warnings','InfoReport.warnings',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,76,3,[],0,0,['self','d'],false,[],frame]
$B.set_func_attrs(warnings11,frame,'chatkit.rules.customer')
warnings11.ob_type=$B.function
warnings11.__annotate__=_b_.None
var decorated13=warnings11
locals_chatkit_rules_customer_InfoReport.warnings=$B.$call(decorator10,decorated13)
$B.set_lineno(frame,79)
var decorator14=_b_.property
$B.set_lineno(frame,80)
function ok15(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport_ok=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport_ok=locals=$B.args_parser(ok15,arguments)
}
var frame=["ok",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,ok15]
$B.enter_frame(frame,__file__,80)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(ok15,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,81)
return $B.trace_return_and_leave(frame,!$B.$bool($B.$getattr_pep657(locals.self,'discarded',1)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
ok15.$is_method=true
ok15.$function_infos=['chatkit.rules.customer','ok','InfoReport.ok',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,80,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(ok15,frame,'chatkit.rules.customer')
ok15.ob_type=$B.function
ok15.__annotate__=_b_.None
var decorated16=ok15
locals_chatkit_rules_customer_InfoReport.ok=$B.$call(decorator14,decorated16)
$B.set_lineno(frame,83)
function __repr__17(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport___repr__=locals=$B.args_parser(__repr__17,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__17]
$B.enter_frame(frame,__file__,83)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__17,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,84)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','InfoReport(accepted=%r, discarded=%r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'accepted',3),$B.$getattr_pep657(locals.self,'discarded',5)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__17.$is_method=true
__repr__17.$function_infos=['chatkit.rules.customer','__repr__','InfoReport.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,83,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__17,frame,'chatkit.rules.customer')
__repr__17.ob_type=$B.function
__repr__17.__annotate__=_b_.None
locals_chatkit_rules_customer_InfoReport.__repr__=__repr__17
locals.__static_attributes__=$B.fast_tuple(["accepted","unchanged","discarded"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('InfoReport',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('InfoReport',$B.fast_tuple([]),{})
locals_chatkit_rules_customer.InfoReport=InfoReport8
$B.set_lineno(frame,87)
function check_info18(_info){
var locals
if(arguments.length==1&&!_info?.$kw){
var locals_chatkit_rules_customer_check_info=locals={info:_info}
}else{
var locals_chatkit_rules_customer_check_info=locals=$B.args_parser(check_info18,arguments)
}
var frame=["check_info",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,check_info18]
$B.enter_frame(frame,__file__,87)
try{
$B.js_this=this
$B.set_lineno(frame,93)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('report_of',[locals_chatkit_rules_customer_check_info,locals_chatkit_rules_customer,_b_],3),1,locals.info,$B.resolve_in_scopes('_discard_reason',[locals_chatkit_rules_customer_check_info,locals_chatkit_rules_customer,_b_],5)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_info18.$function_infos=['chatkit.rules.customer','check_info','check_info',__file__,_b_.None,_b_.None,'',['info'],null,null,
1,87,3,[],0,0,['info'],false,[],frame]
$B.set_func_attrs(check_info18,frame,'chatkit.rules.customer')
check_info18.ob_type=$B.function
check_info18.__annotate__=_b_.None
locals_chatkit_rules_customer.check_info=check_info18
$B.set_lineno(frame,96)
function report_of19(_entries,_discard_reason){
var locals
if(arguments.length==2&&!_discard_reason?.$kw){
var locals_chatkit_rules_customer_report_of=locals={entries:_entries,discard_reason:_discard_reason}
}else{
var locals_chatkit_rules_customer_report_of=locals=$B.args_parser(report_of19,arguments)
}
var frame=["report_of",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,report_of19]
$B.enter_frame(frame,__file__,96)
try{
$B.js_this=this
$B.set_lineno(frame,99)
locals_chatkit_rules_customer_report_of.report=$B.$call_with_position(locals_chatkit_rules_customer.InfoReport,1,)
frame.$lineno=100
var no_break_20=true,
iterator_20=$B.call_attr(locals.entries,'items',3,)
iterator_20[$B.INUM]=5
for(var next_20 of $B.make_js_iterator(iterator_20,frame,100)){
var v21=next_20
var it_22=$B.unpacker(v21,2,false,7)
locals_chatkit_rules_customer_report_of.key=it_22.read_one()
locals_chatkit_rules_customer_report_of.value=it_22.read_one()
if($B.set_lineno(frame,101)&&$B.$bool($B.$is(locals.value,locals_chatkit_rules_customer.UNSET))){
$B.set_lineno(frame,102);
$B.call_attr($B.$getattr_pep657(locals_chatkit_rules_customer_report_of.report,'unchanged',11),'append',9,locals_chatkit_rules_customer_report_of.key)
continue
}
$B.set_lineno(frame,104)
locals_chatkit_rules_customer_report_of.discarded=$B.$call_with_position(locals_chatkit_rules_customer_report_of.discard_reason,13,locals.key,locals.value)
if($B.set_lineno(frame,105)&&$B.$bool($B.$is(locals.discarded,_b_.None))){
$B.set_lineno(frame,106)
$B.$setitem($B.$getattr_pep657(locals_chatkit_rules_customer_report_of.report,'accepted',17),locals_chatkit_rules_customer_report_of.key,locals_chatkit_rules_customer_report_of.value,15)
}else{
$B.set_lineno(frame,108);
$B.call_attr($B.$getattr_pep657(locals_chatkit_rules_customer_report_of.report,'discarded',21),'append',19,locals_chatkit_rules_customer_report_of.discarded)
}
}
$B.set_lineno(frame,109)
return $B.trace_return_and_leave(frame,locals.report)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
report_of19.$function_infos=['chatkit.rules.customer','report_of','report_of',__file__,_b_.None,_b_.None,'',['entries','discard_reason'],null,null,
2,96,3,[],0,0,['entries','discard_reason','report','key','value','discarded'],false,[],frame]
$B.set_func_attrs(report_of19,frame,'chatkit.rules.customer')
report_of19.ob_type=$B.function
report_of19.__annotate__=_b_.None
locals_chatkit_rules_customer.report_of=report_of19
$B.set_lineno(frame,112)
function _discard_reason23(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__discard_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__discard_reason=locals=$B.args_parser(_discard_reason23,arguments)
}
var frame=["_discard_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_discard_reason23]
$B.enter_frame(frame,__file__,112)
try{
$B.js_this=this
if($B.set_lineno(frame,113)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str)))){
$B.set_lineno(frame,114)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,3,locals_chatkit_rules_customer__discard_reason.key,locals_chatkit_rules_customer__discard_reason.value,'key-not-text',$B.rich_op('__mod__',locals_chatkit_rules_customer.KEY_NOT_TEXT,$B.$call_with_position($B.resolve_in_scopes('value_text',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],9),7,locals_chatkit_rules_customer__discard_reason.key),5),false))
}
if($B.set_lineno(frame,115)&&($B.$bool(!$B.$is(locals.value,_b_.None))&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('is_primitive',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],13),11,locals.value))))){
$B.set_lineno(frame,116)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,15,locals_chatkit_rules_customer__discard_reason.key,locals_chatkit_rules_customer__discard_reason.value,'not-primitive',$B.rich_op('__mod__',locals_chatkit_rules_customer.NOT_PRIMITIVE,locals_chatkit_rules_customer__discard_reason.key,17),true))
}
if($B.set_lineno(frame,117)&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position($B.resolve_in_scopes('js_length',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],21),19,locals.key),locals_chatkit_rules_customer.KEY_LIMIT))){
$B.set_lineno(frame,118)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,23,locals_chatkit_rules_customer__discard_reason.key,locals_chatkit_rules_customer__discard_reason.value,'key-too-big',$B.rich_op('__mod__',locals_chatkit_rules_customer.KEY_TOO_BIG,locals_chatkit_rules_customer__discard_reason.key,25),true))
}
if($B.set_lineno(frame,119)&&$B.$bool($B.$is(locals.value,_b_.None))){
$B.set_lineno(frame,120)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,121)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position($B.resolve_in_scopes('_number_reason',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],29),27,locals.key,locals.value))?locals.$test:$B.$call_with_position($B.resolve_in_scopes('_value_length_reason',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],33),31,locals.key,locals.value)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_discard_reason23.$function_infos=['chatkit.rules.customer','_discard_reason','_discard_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,112,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_discard_reason23,frame,'chatkit.rules.customer')
_discard_reason23.ob_type=$B.function
_discard_reason23.__annotate__=_b_.None
locals_chatkit_rules_customer._discard_reason=_discard_reason23
$B.set_lineno(frame,124)
function _number_reason24(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__number_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__number_reason=locals=$B.args_parser(_number_reason24,arguments)
}
var frame=["_number_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_number_reason24]
$B.enter_frame(frame,__file__,124)
try{
$B.js_this=this
if($B.set_lineno(frame,125)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.bool))){
$B.set_lineno(frame,126)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,127)&&($B.$bool($B.$call_with_position(_b_.isinstance,3,locals.value,_b_.float))&&$B.$bool(($B.$bool(locals.$test=$B.rich_comp('__ne__',locals.value,locals.value))?locals.$test:$B.$is_member(locals.value,$B.fast_tuple([locals_chatkit_rules_customer._INFINITY,$B.call_special_unary(locals_chatkit_rules_customer._INFINITY,'__neg__','unary -')])))))){
$B.set_lineno(frame,128)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,5,locals_chatkit_rules_customer__number_reason.key,locals_chatkit_rules_customer__number_reason.value,'not-finite',$B.rich_op('__mod__',locals_chatkit_rules_customer.NOT_FINITE,$B.fast_tuple([locals_chatkit_rules_customer__number_reason.key,locals_chatkit_rules_customer__number_reason.value]),7),false))
}
if($B.set_lineno(frame,129)&&($B.$bool($B.$call_with_position(_b_.isinstance,9,locals.value,_b_.int))&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.abs,11,locals.value),locals_chatkit_rules_customer.SAFE_INTEGER)))){
$B.set_lineno(frame,130)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,13,locals_chatkit_rules_customer__number_reason.key,locals_chatkit_rules_customer__number_reason.value,'unsafe-integer',$B.rich_op('__mod__',locals_chatkit_rules_customer.UNSAFE_INTEGER,$B.fast_tuple([locals_chatkit_rules_customer__number_reason.key,$B.$call_with_position($B.resolve_in_scopes('int_text',[locals_chatkit_rules_customer__number_reason,locals_chatkit_rules_customer,_b_],19),17,locals_chatkit_rules_customer__number_reason.value)]),15),false))
}
$B.set_lineno(frame,132)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_number_reason24.$function_infos=['chatkit.rules.customer','_number_reason','_number_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,124,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_number_reason24,frame,'chatkit.rules.customer')
_number_reason24.ob_type=$B.function
_number_reason24.__annotate__=_b_.None
locals_chatkit_rules_customer._number_reason=_number_reason24
$B.set_lineno(frame,135)
function int_text25(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_int_text=locals={value:_value}
}else{
var locals_chatkit_rules_customer_int_text=locals=$B.args_parser(int_text25,arguments)
}
var frame=["int_text",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,int_text25]
$B.enter_frame(frame,__file__,135)
try{
$B.js_this=this
$B.set_lineno(frame,143)
locals_chatkit_rules_customer_int_text.size=$B.$call_with_position(_b_.abs,1,locals.value)
if($B.set_lineno(frame,144)&&$B.$bool($B.rich_comp('__lt__',locals.size,1000000000000000000000n))){
$B.set_lineno(frame,145)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.str,5,locals_chatkit_rules_customer_int_text.value))
}
$B.set_lineno(frame,146)
locals_chatkit_rules_customer_int_text.exponent=$B.$call_with_position(_b_.int,7,$B.rich_op('__mul__',$B.call_attr(locals.size,'bit_length',11,),(new $B.Float(0.30103)),9))
var no_break_26=true
while($B.set_lineno(frame,147)&&$B.$bool($B.rich_comp('__gt__',$B.rich_op('__pow__',10,locals_chatkit_rules_customer_int_text.exponent,13),locals_chatkit_rules_customer_int_text.size))){
$B.set_lineno(frame,148)
locals_chatkit_rules_customer_int_text.exponent=$B.augm_assign(locals_chatkit_rules_customer_int_text.exponent,'-=',1)
}
var no_break_27=true
while($B.set_lineno(frame,149)&&$B.$bool($B.rich_comp('__le__',$B.rich_op('__pow__',10,$B.rich_op('__add__',locals_chatkit_rules_customer_int_text.exponent,1,17),15),locals_chatkit_rules_customer_int_text.size))){
$B.set_lineno(frame,150)
locals_chatkit_rules_customer_int_text.exponent=$B.augm_assign(locals_chatkit_rules_customer_int_text.exponent,'+=',1)
}
$B.set_lineno(frame,151)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','about %s10**%d',$B.fast_tuple([($B.$bool($B.rich_comp('__lt__',locals.value,0))?'-':''),locals.exponent]),19))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
int_text25.$function_infos=['chatkit.rules.customer','int_text','int_text',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,135,3,[],0,0,['value','size','exponent'],false,[],frame]
$B.set_func_attrs(int_text25,frame,'chatkit.rules.customer')
int_text25.ob_type=$B.function
int_text25.__annotate__=_b_.None
locals_chatkit_rules_customer.int_text=int_text25
$B.set_lineno(frame,154)
function value_text28(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_value_text=locals={value:_value}
}else{
var locals_chatkit_rules_customer_value_text=locals=$B.args_parser(value_text28,arguments)
}
var frame=["value_text",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,value_text28]
$B.enter_frame(frame,__file__,154)
try{
$B.js_this=this
if($B.set_lineno(frame,157)&&($B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.int))&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,3,locals.value,_b_.bool))))){
$B.set_lineno(frame,158)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.int_text,5,locals_chatkit_rules_customer_value_text.value))
}
$B.set_lineno(frame,159)
try{
var stack_length_29=$B.count_frames()
var save_frame_obj_29=$B.frame_obj
$B.set_lineno(frame,160)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.repr,7,locals_chatkit_rules_customer_value_text.value))
}catch(err29){
$B.set_exc_and_trace(frame,err29)
if($B.set_lineno(frame,161)&&$B.is_exc(err29,[_b_.ValueError])){
$B.set_lineno(frame,162)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','a %s holding a huge number',$B.$getattr_pep657($B.$call_with_position(_b_.type,13,locals_chatkit_rules_customer_value_text.value),'__name__',11),9))
}else{
throw err29
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
value_text28.$function_infos=['chatkit.rules.customer','value_text','value_text',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,154,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(value_text28,frame,'chatkit.rules.customer')
value_text28.ob_type=$B.function
value_text28.__annotate__=_b_.None
locals_chatkit_rules_customer.value_text=value_text28
$B.set_lineno(frame,165)
function _value_length_reason30(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__value_length_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__value_length_reason=locals=$B.args_parser(_value_length_reason30,arguments)
}
var frame=["_value_length_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_value_length_reason30]
$B.enter_frame(frame,__file__,165)
try{
$B.js_this=this
if($B.set_lineno(frame,166)&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position($B.resolve_in_scopes('js_length',[locals_chatkit_rules_customer__value_length_reason,locals_chatkit_rules_customer,_b_],3),1,$B.$call_with_position($B.resolve_in_scopes('js_string',[locals_chatkit_rules_customer__value_length_reason,locals_chatkit_rules_customer,_b_],7),5,locals.value)),locals_chatkit_rules_customer.VALUE_LIMIT))){
$B.set_lineno(frame,167)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,9,locals_chatkit_rules_customer__value_length_reason.key,locals_chatkit_rules_customer__value_length_reason.value,'value-too-big',$B.rich_op('__mod__',locals_chatkit_rules_customer.VALUE_TOO_BIG,locals_chatkit_rules_customer__value_length_reason.key,11),true))
}
$B.set_lineno(frame,168)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_value_length_reason30.$function_infos=['chatkit.rules.customer','_value_length_reason','_value_length_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,165,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_value_length_reason30,frame,'chatkit.rules.customer')
_value_length_reason30.ob_type=$B.function
_value_length_reason30.__annotate__=_b_.None
locals_chatkit_rules_customer._value_length_reason=_value_length_reason30
$B.set_lineno(frame,171)
function is_primitive31(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_is_primitive=locals={value:_value}
}else{
var locals_chatkit_rules_customer_is_primitive=locals=$B.args_parser(is_primitive31,arguments)
}
var frame=["is_primitive",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,is_primitive31]
$B.enter_frame(frame,__file__,171)
try{
$B.js_this=this
$B.set_lineno(frame,173)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.isinstance,1,locals.value,$B.fast_tuple([_b_.str,_b_.int,_b_.float,_b_.bool])))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_primitive31.$function_infos=['chatkit.rules.customer','is_primitive','is_primitive',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,171,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(is_primitive31,frame,'chatkit.rules.customer')
is_primitive31.ob_type=$B.function
is_primitive31.__annotate__=_b_.None
locals_chatkit_rules_customer.is_primitive=is_primitive31
$B.set_lineno(frame,176)
function js_length32(_text){
var locals
if(arguments.length==1&&!_text?.$kw){
var locals_chatkit_rules_customer_js_length=locals={text:_text}
}else{
var locals_chatkit_rules_customer_js_length=locals=$B.args_parser(js_length32,arguments)
}
var frame=["js_length",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,js_length32]
$B.enter_frame(frame,__file__,176)
try{
$B.js_this=this
$B.set_lineno(frame,182)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.sum,1,(function(expr){
var locals_chatkit_rules_customer_js_length_genexpr_33={},
locals=locals_chatkit_rules_customer_js_length_genexpr_33
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_customer_js_length_genexpr_33,"chatkit.rules.customer",locals_chatkit_rules_customer]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.customer.py'
frame.$lineno=182
$B.make_f_code(frame,['0'])
var next_func_33=$B.make_js_iterator(expr,frame,182)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen33=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,182)
var next_func_33=$B.make_js_iterator(expr,frame,182)
for(var next_33 of next_func_33){
$B.enter_frame(frame,__file__,182)
$B.set_lineno(frame,182)
locals_chatkit_rules_customer_js_length_genexpr_33.char=next_33
try{
yield($B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.ord,1,locals.char),65535))?2:1)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen33
})(locals.text)
))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
js_length32.$function_infos=['chatkit.rules.customer','js_length','js_length',__file__,_b_.None,_b_.None,'',['text'],null,null,
1,176,3,[],0,0,['text'],false,[],frame]
$B.set_func_attrs(js_length32,frame,'chatkit.rules.customer')
js_length32.ob_type=$B.function
js_length32.__annotate__=_b_.None
locals_chatkit_rules_customer.js_length=js_length32
$B.set_lineno(frame,185)
function js_string34(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_js_string=locals={value:_value}
}else{
var locals_chatkit_rules_customer_js_string=locals=$B.args_parser(js_string34,arguments)
}
var frame=["js_string",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,js_string34]
$B.enter_frame(frame,__file__,185)
try{
$B.js_this=this
if($B.set_lineno(frame,187)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.bool))){
$B.set_lineno(frame,188)
return $B.trace_return_and_leave(frame,($B.$bool(locals_chatkit_rules_customer_js_string.value)?'true':'false'))
}
if($B.set_lineno(frame,189)&&$B.$bool($B.$call_with_position(_b_.isinstance,3,locals.value,_b_.int))){
$B.set_lineno(frame,190)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.str,5,locals_chatkit_rules_customer_js_string.value))
}
if($B.set_lineno(frame,191)&&$B.$bool($B.$call_with_position(_b_.isinstance,7,locals.value,_b_.float))){
$B.set_lineno(frame,192)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('_js_number',[locals_chatkit_rules_customer_js_string,locals_chatkit_rules_customer,_b_],11),9,locals_chatkit_rules_customer_js_string.value))
}
$B.set_lineno(frame,193)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
js_string34.$function_infos=['chatkit.rules.customer','js_string','js_string',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,185,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(js_string34,frame,'chatkit.rules.customer')
js_string34.ob_type=$B.function
js_string34.__annotate__=_b_.None
locals_chatkit_rules_customer.js_string=js_string34
$B.set_lineno(frame,196)
function _js_number35(_number){
var locals
if(arguments.length==1&&!_number?.$kw){
var locals_chatkit_rules_customer__js_number=locals={number:_number}
}else{
var locals_chatkit_rules_customer__js_number=locals=$B.args_parser(_js_number35,arguments)
}
var frame=["_js_number",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_js_number35]
$B.enter_frame(frame,__file__,196)
try{
$B.js_this=this
if($B.set_lineno(frame,198)&&$B.$bool($B.rich_comp('__eq__',locals.number,0))){
$B.set_lineno(frame,199)
return $B.trace_return_and_leave(frame,'0')
}
$B.set_lineno(frame,200)
locals_chatkit_rules_customer__js_number.sign=($B.$bool($B.rich_comp('__lt__',locals.number,0))?'-':'')
$B.set_lineno(frame,201)
var v36=$B.$call_with_position($B.resolve_in_scopes('_shortest_digits',[locals_chatkit_rules_customer__js_number,locals_chatkit_rules_customer,_b_],3),1,$B.$call_with_position(_b_.abs,5,locals.number))
var it_37=$B.unpacker(v36,2,false,7)
locals_chatkit_rules_customer__js_number.digits=it_37.read_one()
locals_chatkit_rules_customer__js_number.point=it_37.read_one()
$B.set_lineno(frame,202)
locals_chatkit_rules_customer__js_number.size=$B.$call_with_position(_b_.len,9,locals.digits)
if($B.set_lineno(frame,203)&&$B.$bool($B.rich_comp('__le__',locals.size,locals.$op=locals.point)&&$B.rich_comp('__le__',locals.$op,21))){
$B.set_lineno(frame,204)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',locals_chatkit_rules_customer__js_number.sign,locals_chatkit_rules_customer__js_number.digits,13),$B.rich_op('__mul__','0',$B.rich_op('__sub__',locals_chatkit_rules_customer__js_number.point,locals_chatkit_rules_customer__js_number.size,17),15),11))
}
if($B.set_lineno(frame,205)&&$B.$bool($B.rich_comp('__lt__',0,locals.$op=locals.point)&&$B.rich_comp('__le__',locals.$op,21))){
$B.set_lineno(frame,206)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',locals_chatkit_rules_customer__js_number.sign,$B.getitem_slice(locals_chatkit_rules_customer__js_number.digits,_b_.slice.$fast_slice(_b_.None,locals_chatkit_rules_customer__js_number.point,_b_.None),25),23),'.',21),$B.getitem_slice(locals_chatkit_rules_customer__js_number.digits,_b_.slice.$fast_slice(locals_chatkit_rules_customer__js_number.point,_b_.None,_b_.None),27),19))
}
if($B.set_lineno(frame,207)&&$B.$bool($B.rich_comp('__lt__',-6,locals.$op=locals.point)&&$B.rich_comp('__le__',locals.$op,0))){
$B.set_lineno(frame,208)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',locals_chatkit_rules_customer__js_number.sign,'0.',33),$B.rich_op('__mul__','0',$B.call_special_unary(locals_chatkit_rules_customer__js_number.point,'__neg__','unary -'),35),31),locals_chatkit_rules_customer__js_number.digits,29))
}
$B.set_lineno(frame,209)
locals_chatkit_rules_customer__js_number.exponent=$B.rich_op('__sub__',locals.point,1,37)
$B.set_lineno(frame,210)
locals_chatkit_rules_customer__js_number.mantissa=($B.$bool($B.rich_comp('__eq__',locals.size,1))?locals.digits:$B.rich_op('__add__',$B.rich_op('__add__',$B.$getitem(locals.digits,0,43),'.',41),$B.getitem_slice(locals.digits,_b_.slice.$fast_slice(1,_b_.None,_b_.None),45),39))
$B.set_lineno(frame,211)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',locals.sign,locals.mantissa,53),'e',51),($B.$bool($B.rich_comp('__lt__',locals.exponent,0))?'-':'+'),49),$B.$call_with_position(_b_.str,55,$B.$call_with_position(_b_.abs,57,locals.exponent)),47))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_js_number35.$function_infos=['chatkit.rules.customer','_js_number','_js_number',__file__,_b_.None,_b_.None,'',['number'],null,null,
1,196,3,[],0,0,['number','sign','digits','point','size','exponent','mantissa'],false,[],frame]
$B.set_func_attrs(_js_number35,frame,'chatkit.rules.customer')
_js_number35.ob_type=$B.function
_js_number35.__annotate__=_b_.None
locals_chatkit_rules_customer._js_number=_js_number35
$B.set_lineno(frame,214)
function _shortest_digits38(_number){
var locals
if(arguments.length==1&&!_number?.$kw){
var locals_chatkit_rules_customer__shortest_digits=locals={number:_number}
}else{
var locals_chatkit_rules_customer__shortest_digits=locals=$B.args_parser(_shortest_digits38,arguments)
}
var frame=["_shortest_digits",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_shortest_digits38]
$B.enter_frame(frame,__file__,214)
try{
$B.js_this=this
$B.set_lineno(frame,216)
locals_chatkit_rules_customer__shortest_digits.text=$B.$call_with_position(_b_.repr,1,locals.number)
$B.set_lineno(frame,217)
var v39=$B.call_attr(locals.text,'partition',3,'e')
var it_40=$B.unpacker(v39,3,false,5)
locals_chatkit_rules_customer__shortest_digits.mantissa=it_40.read_one()
locals_chatkit_rules_customer__shortest_digits._=it_40.read_one()
locals_chatkit_rules_customer__shortest_digits.exponent=it_40.read_one()
$B.set_lineno(frame,218)
var v41=$B.call_attr(locals.mantissa,'partition',7,'.')
var it_42=$B.unpacker(v41,3,false,9)
locals_chatkit_rules_customer__shortest_digits.whole=it_42.read_one()
var $temp=it_42.read_one()
$B.delete_for_reassign('_',locals_chatkit_rules_customer__shortest_digits)
locals_chatkit_rules_customer__shortest_digits._=$temp
locals_chatkit_rules_customer__shortest_digits.fraction=it_42.read_one()
$B.set_lineno(frame,219)
locals_chatkit_rules_customer__shortest_digits.digits=$B.call_attr($B.rich_op('__add__',locals.whole,locals.fraction,13),'lstrip',11,'0')
$B.set_lineno(frame,220)
locals_chatkit_rules_customer__shortest_digits.point=$B.rich_op('__sub__',$B.rich_op('__add__',$B.$call_with_position(_b_.len,19,locals.whole),$B.$call_with_position(_b_.int,21,($B.$bool(locals.$test=locals.exponent)?locals.$test:'0')),17),$B.rich_op('__sub__',$B.$call_with_position(_b_.len,25,$B.rich_op('__add__',locals.whole,locals.fraction,27)),$B.$call_with_position(_b_.len,29,locals.digits),23),15)
$B.set_lineno(frame,221)
return $B.trace_return_and_leave(frame,$B.fast_tuple([($B.$bool(locals.$test=$B.call_attr(locals.digits,'rstrip',31,'0'))?locals.$test:'0'),locals.point]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_shortest_digits38.$function_infos=['chatkit.rules.customer','_shortest_digits','_shortest_digits',__file__,_b_.None,_b_.None,'',['number'],null,null,
1,214,3,[],0,0,['number','text','mantissa','_','exponent','whole','fraction','digits','point'],false,[],frame]
$B.set_func_attrs(_shortest_digits38,frame,'chatkit.rules.customer')
_shortest_digits38.ob_type=$B.function
_shortest_digits38.__annotate__=_b_.None
locals_chatkit_rules_customer._shortest_digits=_shortest_digits38
$B.set_lineno(frame,224)
function merge_info43(_current,_accepted){
var locals
if(arguments.length==2&&!_accepted?.$kw){
var locals_chatkit_rules_customer_merge_info=locals={current:_current,accepted:_accepted}
}else{
var locals_chatkit_rules_customer_merge_info=locals=$B.args_parser(merge_info43,arguments)
}
var frame=["merge_info",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,merge_info43]
$B.enter_frame(frame,__file__,224)
try{
$B.js_this=this
$B.set_lineno(frame,226)
locals_chatkit_rules_customer_merge_info.merged=$B.$call_with_position(_b_.dict,1,locals.current)
frame.$lineno=227
var no_break_44=true,
iterator_44=$B.call_attr(locals.accepted,'items',3,)
iterator_44[$B.INUM]=5
for(var next_44 of $B.make_js_iterator(iterator_44,frame,227)){
var v45=next_44
var it_46=$B.unpacker(v45,2,false,7)
locals_chatkit_rules_customer_merge_info.key=it_46.read_one()
locals_chatkit_rules_customer_merge_info.value=it_46.read_one()
if($B.set_lineno(frame,228)&&$B.$bool($B.$is(locals.value,_b_.None))){
$B.set_lineno(frame,229);
$B.call_attr(locals_chatkit_rules_customer_merge_info.merged,'pop',9,locals_chatkit_rules_customer_merge_info.key,_b_.None)
}else{
$B.set_lineno(frame,231)
$B.$setitem(locals_chatkit_rules_customer_merge_info.merged,locals_chatkit_rules_customer_merge_info.key,locals_chatkit_rules_customer_merge_info.value,11)
}
}
$B.set_lineno(frame,232)
return $B.trace_return_and_leave(frame,locals.merged)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
merge_info43.$function_infos=['chatkit.rules.customer','merge_info','merge_info',__file__,_b_.None,_b_.None,'',['current','accepted'],null,null,
2,224,3,[],0,0,['current','accepted','merged','key','value'],false,[],frame]
$B.set_func_attrs(merge_info43,frame,'chatkit.rules.customer')
merge_info43.ob_type=$B.function
merge_info43.__annotate__=_b_.None
locals_chatkit_rules_customer.merge_info=merge_info43
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_customer
});
__chatkitModules["chatkit.rules.languages"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_languages=$B.namespace("chatkit.rules.languages"),
locals=locals_chatkit_rules_languages,
frame=["chatkit.rules.languages",locals,"chatkit.rules.languages",locals]
var __file__=locals.__file__="VFS.chatkit.rules.languages.py"
locals.__name__="chatkit.rules.languages"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,8)
locals_chatkit_rules_languages.__all__=$B.$list(['CHINESE_BY_SUBTAG','INVALID_LANGUAGE','LANGUAGES','LANGUAGE_ALIASES','browser_language','invalid_language_message','normalize_language'])
$B.set_lineno(frame,12)
locals_chatkit_rules_languages.LANGUAGES=_b_.dict.$literal([['en','English',2969108243637283],['ru','Russian',8582899472030760],['de','German',6539091967377009],['ja','Japanese',1759483115361669],['es','Spanish',2966340810361164],['fr','French',464723275265557],['pt','Portuguese',2248715112100802],['it','Italian',2905849197901347],['pl','Polish',6723602574290949],['hr','Croatian',915895229453570],['hi','Hindi',4295414792258359],['nl','Dutch',872854935078729],['ar','Arabic',8336340796888549],['da','Danish',722985320227236],['ko','Korean',8806243237825889],['no','Norwegian',569128686014970],['sv','Swedish',6569214335189770],['vi','Vietnamese',2009093796421716],['cy','Welsh',7074728751066068],['th','Thai',5396440918302941],['zh-CN','Simplified Chinese',7586435886112950],['zh-TW','Traditional Chinese',6021126962521215]])
$B.set_lineno(frame,38)
locals_chatkit_rules_languages.LANGUAGE_ALIASES=_b_.dict.$literal([['nb','no',3919734366523711],['nn','no',2356629816729770]])
$B.set_lineno(frame,41)
locals_chatkit_rules_languages.CHINESE_BY_SUBTAG=_b_.dict.$literal([['hans','zh-CN',6583845788498761],['hant','zh-TW',5280964041484029],['cn','zh-CN',4165697712476613],['sg','zh-CN',4178230227171340],['tw','zh-TW',810842767836981],['hk','zh-TW',8452373190316772],['mo','zh-TW',3601276617717995]])
$B.set_lineno(frame,51)
locals_chatkit_rules_languages.INVALID_LANGUAGE='Chat language %s is not valid and will be discarded'
$B.set_lineno(frame,53)
locals_chatkit_rules_languages._CODES_BY_LOWER=(function(expr){
var next_func_1=$B.make_js_iterator(expr,frame,53)
var result_1=$B.empty_dict()
try{
for(var next_1 of next_func_1){
$B.set_lineno(frame,53)
locals_chatkit_rules_languages.code=next_1
_b_.dict.$setitem(result_1,$B.call_attr(locals.code,'lower',1,),locals.code)
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_rules_languages.code
return result_1
})(locals.LANGUAGES)
$B.set_lineno(frame,56)
function normalize_language2(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_rules_languages_normalize_language=locals={tag:_tag}
}else{
var locals_chatkit_rules_languages_normalize_language=locals=$B.args_parser(normalize_language2,arguments)
}
var frame=["normalize_language",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,normalize_language2]
$B.enter_frame(frame,__file__,56)
try{
$B.js_this=this
if($B.set_lineno(frame,62)&&($B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.tag,_b_.str)))||$B.$bool(!$B.$bool(locals.tag)))){
$B.set_lineno(frame,63)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,64)
locals_chatkit_rules_languages_normalize_language.lowered=$B.call_attr($B.call_attr(locals.tag,'replace',5,'_','-'),'lower',3,)
if($B.set_lineno(frame,65)&&$B.$bool($B.$is_member(locals.lowered,locals_chatkit_rules_languages._CODES_BY_LOWER))){
$B.set_lineno(frame,66)
return $B.trace_return_and_leave(frame,$B.$getitem(locals_chatkit_rules_languages._CODES_BY_LOWER,locals_chatkit_rules_languages_normalize_language.lowered,7))
}
$B.set_lineno(frame,67)
locals_chatkit_rules_languages_normalize_language.subtags=$B.call_attr(locals.lowered,'split',9,'-')
if($B.set_lineno(frame,68)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.all,11,(function(expr){
var locals_chatkit_rules_languages_normalize_language_genexpr_3={},
locals=locals_chatkit_rules_languages_normalize_language_genexpr_3
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_languages_normalize_language_genexpr_3,"chatkit.rules.languages",locals_chatkit_rules_languages]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.languages.py'
frame.$lineno=68
$B.make_f_code(frame,['0'])
var next_func_3=$B.make_js_iterator(expr,frame,68)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen3=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,68)
var next_func_3=$B.make_js_iterator(expr,frame,68)
for(var next_3 of next_func_3){
$B.enter_frame(frame,__file__,68)
$B.set_lineno(frame,68)
locals_chatkit_rules_languages_normalize_language_genexpr_3.s=next_3
try{
yield $B.$call_with_position($B.resolve_in_scopes('_is_subtag',[locals_chatkit_rules_languages_normalize_language_genexpr_3,locals_chatkit_rules_languages_normalize_language,locals_chatkit_rules_languages,_b_],3),1,locals.s)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen3
})($B.getitem_slice(locals.subtags,_b_.slice.$fast_slice(1,_b_.None,_b_.None),13))
)))){
$B.set_lineno(frame,69)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,70)
locals_chatkit_rules_languages_normalize_language.primary=$B.call_attr(locals_chatkit_rules_languages.LANGUAGE_ALIASES,'get',15,$B.$getitem(locals.subtags,0,17),$B.$getitem(locals.subtags,0,19))
if($B.set_lineno(frame,71)&&$B.$bool($B.rich_comp('__eq__',locals.primary,'zh'))){
$B.set_lineno(frame,72)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('_chinese',[locals_chatkit_rules_languages_normalize_language,locals_chatkit_rules_languages,_b_],23),21,$B.getitem_slice(locals_chatkit_rules_languages_normalize_language.subtags,_b_.slice.$fast_slice(1,_b_.None,_b_.None),25)))
}
$B.set_lineno(frame,73)
return $B.trace_return_and_leave(frame,($B.$bool($B.$is_member(locals.primary,locals_chatkit_rules_languages.LANGUAGES))?locals.primary:_b_.None))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
normalize_language2.$function_infos=['chatkit.rules.languages','normalize_language','normalize_language',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,56,3,[],0,0,['tag','lowered','subtags','primary'],false,[],frame]
$B.set_func_attrs(normalize_language2,frame,'chatkit.rules.languages')
normalize_language2.ob_type=$B.function
normalize_language2.__annotate__=_b_.None
locals_chatkit_rules_languages.normalize_language=normalize_language2
$B.set_lineno(frame,76)
function _chinese4(_subtags){
var locals
if(arguments.length==1&&!_subtags?.$kw){
var locals_chatkit_rules_languages__chinese=locals={subtags:_subtags}
}else{
var locals_chatkit_rules_languages__chinese=locals=$B.args_parser(_chinese4,arguments)
}
var frame=["_chinese",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,_chinese4]
$B.enter_frame(frame,__file__,76)
try{
$B.js_this=this
frame.$lineno=77
var no_break_5=true,
iterator_5=locals.subtags
iterator_5[$B.INUM]=1
for(var next_5 of $B.make_js_iterator(iterator_5,frame,77)){
locals_chatkit_rules_languages__chinese.subtag=next_5
if($B.set_lineno(frame,78)&&$B.$bool($B.$is_member(locals.subtag,locals_chatkit_rules_languages.CHINESE_BY_SUBTAG))){
$B.set_lineno(frame,79)
return $B.trace_return_and_leave(frame,$B.$getitem(locals_chatkit_rules_languages.CHINESE_BY_SUBTAG,locals_chatkit_rules_languages__chinese.subtag,3))
}
}
$B.set_lineno(frame,80)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_chinese4.$function_infos=['chatkit.rules.languages','_chinese','_chinese',__file__,_b_.None,_b_.None,_b_.None,['subtags'],null,null,
1,76,3,[],0,0,['subtags','subtag'],false,[],frame]
$B.set_func_attrs(_chinese4,frame,'chatkit.rules.languages')
_chinese4.ob_type=$B.function
_chinese4.__annotate__=_b_.None
locals_chatkit_rules_languages._chinese=_chinese4
$B.set_lineno(frame,83)
locals_chatkit_rules_languages._SUBTAG_CHARS='abcdefghijklmnopqrstuvwxyz0123456789'
$B.set_lineno(frame,86)
function _is_subtag7(_text){
var locals
if(arguments.length==1&&!_text?.$kw){
var locals_chatkit_rules_languages__is_subtag=locals={text:_text}
}else{
var locals_chatkit_rules_languages__is_subtag=locals=$B.args_parser(_is_subtag7,arguments)
}
var frame=["_is_subtag",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,_is_subtag7]
$B.enter_frame(frame,__file__,86)
try{
$B.js_this=this
$B.set_lineno(frame,87)
return $B.trace_return_and_leave(frame,(!$B.$bool(locals.$test=$B.rich_comp('__le__',1,locals.$op=$B.$call_with_position(_b_.len,1,locals.text))&&$B.rich_comp('__le__',locals.$op,8))?locals.$test:$B.$call_with_position(_b_.all,3,(function(expr){
var locals_chatkit_rules_languages__is_subtag_genexpr_8={},
locals=locals_chatkit_rules_languages__is_subtag_genexpr_8
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_languages__is_subtag_genexpr_8,"chatkit.rules.languages",locals_chatkit_rules_languages]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.languages.py'
frame.$lineno=87
$B.make_f_code(frame,['0'])
var next_func_8=$B.make_js_iterator(expr,frame,87)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen8=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,87)
var next_func_8=$B.make_js_iterator(expr,frame,87)
for(var next_8 of next_func_8){
$B.enter_frame(frame,__file__,87)
$B.set_lineno(frame,87)
locals_chatkit_rules_languages__is_subtag_genexpr_8.c=next_8
try{
yield $B.$is_member(locals.c,locals_chatkit_rules_languages._SUBTAG_CHARS)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen8
})(locals.text)
)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_is_subtag7.$function_infos=['chatkit.rules.languages','_is_subtag','_is_subtag',__file__,_b_.None,_b_.None,_b_.None,['text'],null,null,
1,86,3,[],0,0,['text'],false,[],frame]
$B.set_func_attrs(_is_subtag7,frame,'chatkit.rules.languages')
_is_subtag7.ob_type=$B.function
_is_subtag7.__annotate__=_b_.None
locals_chatkit_rules_languages._is_subtag=_is_subtag7
$B.set_lineno(frame,90)
function browser_language9(_tags){
var locals
if(arguments.length==1&&!_tags?.$kw){
var locals_chatkit_rules_languages_browser_language=locals={tags:_tags}
}else{
var locals_chatkit_rules_languages_browser_language=locals=$B.args_parser(browser_language9,arguments)
}
var frame=["browser_language",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,browser_language9]
$B.enter_frame(frame,__file__,90)
try{
$B.js_this=this
frame.$lineno=100
var no_break_10=true,
iterator_10=locals.tags
iterator_10[$B.INUM]=1
for(var next_10 of $B.make_js_iterator(iterator_10,frame,100)){
locals_chatkit_rules_languages_browser_language.tag=next_10
$B.set_lineno(frame,101)
locals_chatkit_rules_languages_browser_language.code=$B.$call_with_position(locals_chatkit_rules_languages.normalize_language,3,locals.tag)
if($B.set_lineno(frame,102)&&$B.$bool(!$B.$is(locals.code,_b_.None))){
$B.set_lineno(frame,103)
return $B.trace_return_and_leave(frame,locals_chatkit_rules_languages_browser_language.code)
}
}
$B.set_lineno(frame,104)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
browser_language9.$function_infos=['chatkit.rules.languages','browser_language','browser_language',__file__,_b_.None,_b_.None,'',['tags'],null,null,
1,90,3,[],0,0,['tags','tag','code'],false,[],frame]
$B.set_func_attrs(browser_language9,frame,'chatkit.rules.languages')
browser_language9.ob_type=$B.function
browser_language9.__annotate__=_b_.None
locals_chatkit_rules_languages.browser_language=browser_language9
$B.set_lineno(frame,107)
function invalid_language_message11(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_rules_languages_invalid_language_message=locals={tag:_tag}
}else{
var locals_chatkit_rules_languages_invalid_language_message=locals=$B.args_parser(invalid_language_message11,arguments)
}
var frame=["invalid_language_message",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,invalid_language_message11]
$B.enter_frame(frame,__file__,107)
try{
$B.js_this=this
$B.set_lineno(frame,109)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_rules_languages.INVALID_LANGUAGE,$B.fast_tuple([locals.tag]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
invalid_language_message11.$function_infos=['chatkit.rules.languages','invalid_language_message','invalid_language_message',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,107,3,[],0,0,['tag'],false,[],frame]
$B.set_func_attrs(invalid_language_message11,frame,'chatkit.rules.languages')
invalid_language_message11.ob_type=$B.function
invalid_language_message11.__annotate__=_b_.None
locals_chatkit_rules_languages.invalid_language_message=invalid_language_message11
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_languages
});
__chatkitModules["chatkit.browser._checks"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__checks=$B.namespace("chatkit.browser._checks"),
locals=locals_chatkit_browser__checks,
frame=["chatkit.browser._checks",locals,"chatkit.browser._checks",locals]
var __file__=locals.__file__="VFS.chatkit.browser._checks.py"
locals.__name__="chatkit.browser._checks"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,11)
$B.$import_from("chatkit.errors",'Problem',{},0,locals,1)
$B.set_lineno(frame,12)
$B.$import_from("chatkit.rules.customer",'check_info',{},0,locals,3)
$B.set_lineno(frame,14)
locals_chatkit_browser__checks.NOT_A_DICT='%s takes a dict, not %s'
$B.set_lineno(frame,17)
function check_dict1(_value,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_browser__checks_check_dict=locals={value:_value,call:_call}
}else{
var locals_chatkit_browser__checks_check_dict=locals=$B.args_parser(check_dict1,arguments)
}
var frame=["check_dict",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_dict1]
$B.enter_frame(frame,__file__,17)
try{
$B.js_this=this
if($B.set_lineno(frame,19)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.dict))){
$B.set_lineno(frame,20)
return $B.trace_return_and_leave(frame,$B.$list([]))
}
$B.set_lineno(frame,21)
return $B.trace_return_and_leave(frame,$B.$list([$B.$call_with_position(locals_chatkit_browser__checks.Problem,3,locals.call,locals.value,$B.rich_op('__mod__',locals_chatkit_browser__checks.NOT_A_DICT,$B.fast_tuple([locals.call,$B.$getattr_pep657($B.$call_with_position(_b_.type,9,locals.value),'__name__',7)]),5))]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_dict1.$function_infos=['chatkit.browser._checks','check_dict','check_dict',__file__,_b_.None,_b_.None,'',['value','call'],null,null,
2,17,3,[],0,0,['value','call'],false,[],frame]
$B.set_func_attrs(check_dict1,frame,'chatkit.browser._checks')
check_dict1.ob_type=$B.function
check_dict1.__annotate__=_b_.None
locals_chatkit_browser__checks.check_dict=check_dict1
$B.set_lineno(frame,24)
function check_customer_info2(_info){
var locals
if(arguments.length==1&&!_info?.$kw){
var locals_chatkit_browser__checks_check_customer_info=locals={info:_info}
}else{
var locals_chatkit_browser__checks_check_customer_info=locals=$B.args_parser(check_customer_info2,arguments)
}
var frame=["check_customer_info",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_customer_info2]
$B.enter_frame(frame,__file__,24)
try{
$B.js_this=this
$B.set_lineno(frame,26)
locals_chatkit_browser__checks_check_customer_info.report=$B.$call_with_position(locals_chatkit_browser__checks.check_info,1,locals.info)
$B.set_lineno(frame,27)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.report,$B.$getitem($B.$call_with_position($B.resolve_in_scopes('report_and_problems',[locals_chatkit_browser__checks_check_customer_info,locals_chatkit_browser__checks,_b_],5),3,locals.report),1,7)]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_customer_info2.$function_infos=['chatkit.browser._checks','check_customer_info','check_customer_info',__file__,_b_.None,_b_.None,'',['info'],null,null,
1,24,3,[],0,0,['info','report'],false,[],frame]
$B.set_func_attrs(check_customer_info2,frame,'chatkit.browser._checks')
check_customer_info2.ob_type=$B.function
check_customer_info2.__annotate__=_b_.None
locals_chatkit_browser__checks.check_customer_info=check_customer_info2
$B.set_lineno(frame,30)
function check_language3(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_browser__checks_check_language=locals={tag:_tag}
}else{
var locals_chatkit_browser__checks_check_language=locals=$B.args_parser(check_language3,arguments)
}
var frame=["check_language",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_language3]
$B.enter_frame(frame,__file__,30)
try{
$B.js_this=this
$B.set_lineno(frame,35)
$B.$import_from("chatkit.rules.languages",'invalid_language_message',{},0,locals,1)
$B.$import_from("chatkit.rules.languages",'normalize_language',{},0,locals,1)
$B.set_lineno(frame,37)
locals_chatkit_browser__checks_check_language.code=$B.$call_with_position(locals.normalize_language,3,locals.tag)
if($B.set_lineno(frame,38)&&$B.$bool($B.$is(locals.code,_b_.None))){
$B.set_lineno(frame,39)
return $B.trace_return_and_leave(frame,$B.fast_tuple([_b_.None,$B.$list([$B.$call_with_position(locals_chatkit_browser__checks.Problem,5,'language',locals_chatkit_browser__checks_check_language.tag,$B.$call_with_position(locals_chatkit_browser__checks_check_language.invalid_language_message,7,locals_chatkit_browser__checks_check_language.tag))])]))
}
$B.set_lineno(frame,40)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.code,$B.$list([])]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_language3.$function_infos=['chatkit.browser._checks','check_language','check_language',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,30,3,[],0,0,['tag','code'],false,[],frame]
$B.set_func_attrs(check_language3,frame,'chatkit.browser._checks')
check_language3.ob_type=$B.function
check_language3.__annotate__=_b_.None
locals_chatkit_browser__checks.check_language=check_language3
$B.set_lineno(frame,43)
function report_and_problems4(_report){
var locals
if(arguments.length==1&&!_report?.$kw){
var locals_chatkit_browser__checks_report_and_problems=locals={report:_report}
}else{
var locals_chatkit_browser__checks_report_and_problems=locals=$B.args_parser(report_and_problems4,arguments)
}
var frame=["report_and_problems",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,report_and_problems4]
$B.enter_frame(frame,__file__,43)
try{
$B.js_this=this
$B.set_lineno(frame,45)
locals_chatkit_browser__checks_report_and_problems.problems=(function(expr){
var next_func_5=$B.make_js_iterator(expr,frame,45)
var result_5=$B.$list([])
try{
for(var next_5 of next_func_5){
$B.set_lineno(frame,45)
locals_chatkit_browser__checks_report_and_problems.d=next_5
result_5.push($B.$call_with_position(locals_chatkit_browser__checks.Problem,3,$B.$call_with_position($B.resolve_in_scopes('key_text',[locals_chatkit_browser__checks_report_and_problems,locals_chatkit_browser__checks,_b_],7),5,$B.$getattr_pep657(locals.d,'key',9)),$B.$getattr_pep657(locals.d,'value',11),$B.$getattr_pep657(locals.d,'message',13)))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__checks_report_and_problems.d
return result_5
})($B.$getattr_pep657(locals.report,'discarded',1))
$B.set_lineno(frame,46)
return $B.trace_return_and_leave(frame,$B.fast_tuple([$B.$getattr_pep657(locals.report,'accepted',15),locals.problems]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
report_and_problems4.$function_infos=['chatkit.browser._checks','report_and_problems','report_and_problems',__file__,_b_.None,_b_.None,'',['report'],null,null,
1,43,3,[],0,0,['report','problems','d'],false,[],frame]
$B.set_func_attrs(report_and_problems4,frame,'chatkit.browser._checks')
report_and_problems4.ob_type=$B.function
report_and_problems4.__annotate__=_b_.None
locals_chatkit_browser__checks.report_and_problems=report_and_problems4
$B.set_lineno(frame,49)
function key_text6(_key){
var locals
if(arguments.length==1&&!_key?.$kw){
var locals_chatkit_browser__checks_key_text=locals={key:_key}
}else{
var locals_chatkit_browser__checks_key_text=locals=$B.args_parser(key_text6,arguments)
}
var frame=["key_text",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,key_text6]
$B.enter_frame(frame,__file__,49)
try{
$B.js_this=this
$B.set_lineno(frame,50)
return $B.trace_return_and_leave(frame,($B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str))?locals.key:$B.$call_with_position(_b_.repr,3,locals.key)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
key_text6.$function_infos=['chatkit.browser._checks','key_text','key_text',__file__,_b_.None,_b_.None,_b_.None,['key'],null,null,
1,49,3,[],0,0,['key'],false,[],frame]
$B.set_func_attrs(key_text6,frame,'chatkit.browser._checks')
key_text6.ob_type=$B.function
key_text6.__annotate__=_b_.None
locals_chatkit_browser__checks.key_text=key_text6
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__checks
});
__chatkitModules["chatkit.browser._link"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__link=$B.namespace("chatkit.browser._link"),
locals=locals_chatkit_browser__link,
frame=["chatkit.browser._link",locals,"chatkit.browser._link",locals]
var __file__=locals.__file__="VFS.chatkit.browser._link.py"
locals.__name__="chatkit.browser._link"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,12,'ClassDef')
var Link1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=1
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Link",bases,resolved_bases)
var locals_chatkit_browser__link_Link=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__link_Link
locals.__doc__=''
locals.__module__='chatkit.browser._link'
locals.__firstlineno__=12
var frame=[name,locals,'chatkit.browser._link',locals_chatkit_browser__link]
$B.enter_frame(frame,__file__,12)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,15)
function __init__2(_self,_logger){
var locals
if(arguments.length==2&&!_logger?.$kw){
var locals_chatkit_browser__link_Link___init__=locals={self:_self,logger:_logger}
}else{
var locals_chatkit_browser__link_Link___init__=locals=$B.args_parser(__init__2,arguments)
}
var frame=["__init__",locals,"chatkit.browser._link",locals_chatkit_browser__link,__init__2]
$B.enter_frame(frame,__file__,15)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__2,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,16)
$B.$setattr1(locals.self,"driver",_b_.None,1)
$B.set_lineno(frame,17)
$B.$setattr1(locals.self,"logger",locals.logger,3)
$B.set_lineno(frame,18)
$B.$setattr1(locals.self,"_pending",$B.$list([]),5)
$B.set_lineno(frame,19)
$B.$setattr1(locals.self,"_flushing",false,7)
$B.set_lineno(frame,20)
$B.$setattr1(locals.self,"_subscriptions",$B.$list([]),9)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__2.$is_method=true
__init__2.$function_infos=['chatkit.browser._link','__init__','Link.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','logger'],null,null,
2,15,3,[],0,0,['self','logger'],false,[],frame]
$B.set_func_attrs(__init__2,frame,'chatkit.browser._link')
__init__2.ob_type=$B.function
__init__2.__annotate__=_b_.None
locals_chatkit_browser__link_Link.__init__=__init__2
$B.set_lineno(frame,22)
var decorator3=_b_.property
$B.set_lineno(frame,23)
function pending4(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__link_Link_pending=locals={self:_self}
}else{
var locals_chatkit_browser__link_Link_pending=locals=$B.args_parser(pending4,arguments)
}
var frame=["pending",locals,"chatkit.browser._link",locals_chatkit_browser__link,pending4]
$B.enter_frame(frame,__file__,23)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(pending4,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,25)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.len,1,$B.$getattr_pep657(locals.self,'_pending',3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
pending4.$is_method=true
pending4.$function_infos=['chatkit.browser._link','pending','Link.pending',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,23,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(pending4,frame,'chatkit.browser._link')
pending4.ob_type=$B.function
pending4.__annotate__=_b_.None
var decorated5=pending4
locals_chatkit_browser__link_Link.pending=$B.$call(decorator3,decorated5)
$B.set_lineno(frame,27)
function do6(_self,_what,_action){
var locals
if(arguments.length==3&&!_action?.$kw){
var locals_chatkit_browser__link_Link_do=locals={self:_self,what:_what,action:_action}
}else{
var locals_chatkit_browser__link_Link_do=locals=$B.args_parser(do6,arguments)
}
var frame=["do",locals,"chatkit.browser._link",locals_chatkit_browser__link,do6]
$B.enter_frame(frame,__file__,27)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(do6,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,29)&&($B.$bool($B.$is($B.$getattr_pep657(locals.self,'driver',1),_b_.None))||$B.$bool($B.$getattr_pep657(locals.self,'_flushing',3)))){
$B.set_lineno(frame,30);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_do.self,'_pending',7),'append',5,$B.fast_tuple([locals_chatkit_browser__link_Link_do.what,locals_chatkit_browser__link_Link_do.action]))
}else{
$B.set_lineno(frame,32);
$B.call_attr(locals_chatkit_browser__link_Link_do.self,'_run',9,locals_chatkit_browser__link_Link_do.what,locals_chatkit_browser__link_Link_do.action)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
do6.$is_method=true
do6.$function_infos=['chatkit.browser._link','do','Link.do',__file__,_b_.None,_b_.None,'',['self','what','action'],null,null,
3,27,3,[],0,0,['self','what','action'],false,[],frame]
$B.set_func_attrs(do6,frame,'chatkit.browser._link')
do6.ob_type=$B.function
do6.__annotate__=_b_.None
locals_chatkit_browser__link_Link.do=do6
$B.set_lineno(frame,34)
function attach7(_self,_driver){
var locals
if(arguments.length==2&&!_driver?.$kw){
var locals_chatkit_browser__link_Link_attach=locals={self:_self,driver:_driver}
}else{
var locals_chatkit_browser__link_Link_attach=locals=$B.args_parser(attach7,arguments)
}
var frame=["attach",locals,"chatkit.browser._link",locals_chatkit_browser__link,attach7]
$B.enter_frame(frame,__file__,34)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(attach7,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,36)
var v8=$B.fast_tuple([$B.$getattr_pep657(locals.self,'driver',1),locals.driver])
var it_9=$B.unpacker(v8,2,false,3)
locals_chatkit_browser__link_Link_attach.previous=it_9.read_one()
$B.$setattr1(locals.self,"driver",it_9.read_one(),5)
if($B.set_lineno(frame,37)&&$B.$bool(!$B.$is(locals.previous,_b_.None))){
frame.$lineno=38
var no_break_10=true,
iterator_10=$B.$call_with_position(_b_.list,7,$B.$getattr_pep657(locals_chatkit_browser__link_Link_attach.self,'_subscriptions',9))
iterator_10[$B.INUM]=11
for(var next_10 of $B.make_js_iterator(iterator_10,frame,38)){
locals_chatkit_browser__link_Link_attach.subscription=next_10
$B.set_lineno(frame,39);
$B.call_attr(locals_chatkit_browser__link_Link_attach.self,'_run',13,$B.rich_op('__mod__','subscribing to %s',$B.$getattr_pep657(locals.subscription,'event',17),15),$B.$getattr_pep657(locals.subscription,'move',19))
}
}
$B.set_lineno(frame,40);
$B.call_attr(locals.self,'_flush',21,)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
attach7.$is_method=true
attach7.$function_infos=['chatkit.browser._link','attach','Link.attach',__file__,_b_.None,_b_.None,'',['self','driver'],null,null,
2,34,3,[],0,0,['self','driver','previous','subscription'],false,[],frame]
$B.set_func_attrs(attach7,frame,'chatkit.browser._link')
attach7.ob_type=$B.function
attach7.__annotate__=_b_.None
locals_chatkit_browser__link_Link.attach=attach7
$B.set_lineno(frame,42)
function track11(_self,_subscription){
var locals
if(arguments.length==2&&!_subscription?.$kw){
var locals_chatkit_browser__link_Link_track=locals={self:_self,subscription:_subscription}
}else{
var locals_chatkit_browser__link_Link_track=locals=$B.args_parser(track11,arguments)
}
var frame=["track",locals,"chatkit.browser._link",locals_chatkit_browser__link,track11]
$B.enter_frame(frame,__file__,42)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(track11,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,43)&&$B.$bool(!$B.$is_member(locals.subscription,$B.$getattr_pep657(locals.self,'_subscriptions',1)))){
$B.set_lineno(frame,44);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_track.self,'_subscriptions',5),'append',3,locals_chatkit_browser__link_Link_track.subscription)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
track11.$is_method=true
track11.$function_infos=['chatkit.browser._link','track','Link.track',__file__,_b_.None,_b_.None,_b_.None,['self','subscription'],null,null,
2,42,3,[],0,0,['self','subscription'],false,[],frame]
$B.set_func_attrs(track11,frame,'chatkit.browser._link')
track11.ob_type=$B.function
track11.__annotate__=_b_.None
locals_chatkit_browser__link_Link.track=track11
$B.set_lineno(frame,46)
function forget12(_self,_subscription){
var locals
if(arguments.length==2&&!_subscription?.$kw){
var locals_chatkit_browser__link_Link_forget=locals={self:_self,subscription:_subscription}
}else{
var locals_chatkit_browser__link_Link_forget=locals=$B.args_parser(forget12,arguments)
}
var frame=["forget",locals,"chatkit.browser._link",locals_chatkit_browser__link,forget12]
$B.enter_frame(frame,__file__,46)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(forget12,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,47)&&$B.$bool($B.$is_member(locals.subscription,$B.$getattr_pep657(locals.self,'_subscriptions',1)))){
$B.set_lineno(frame,48);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_forget.self,'_subscriptions',5),'remove',3,locals_chatkit_browser__link_Link_forget.subscription)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
forget12.$is_method=true
forget12.$function_infos=['chatkit.browser._link','forget','Link.forget',__file__,_b_.None,_b_.None,_b_.None,['self','subscription'],null,null,
2,46,3,[],0,0,['self','subscription'],false,[],frame]
$B.set_func_attrs(forget12,frame,'chatkit.browser._link')
forget12.ob_type=$B.function
forget12.__annotate__=_b_.None
locals_chatkit_browser__link_Link.forget=forget12
$B.set_lineno(frame,50)
function _flush13(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__link_Link__flush=locals={self:_self}
}else{
var locals_chatkit_browser__link_Link__flush=locals=$B.args_parser(_flush13,arguments)
}
var frame=["_flush",locals,"chatkit.browser._link",locals_chatkit_browser__link,_flush13]
$B.enter_frame(frame,__file__,50)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_flush13,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,51)
$B.$setattr1(locals.self,"_flushing",true,1)
$B.set_lineno(frame,52)
try{
var stack_length_14=$B.count_frames()
var save_frame_obj_14=$B.frame_obj
var no_break_15=true
while($B.set_lineno(frame,53)&&$B.$bool($B.$getattr_pep657(locals_chatkit_browser__link_Link__flush.self,'_pending',3))){
$B.set_lineno(frame,54)
var v16=$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link__flush.self,'_pending',7),'pop',5,0)
var it_17=$B.unpacker(v16,2,false,9)
locals_chatkit_browser__link_Link__flush.what=it_17.read_one()
locals_chatkit_browser__link_Link__flush.action=it_17.read_one()
$B.set_lineno(frame,55);
$B.call_attr(locals_chatkit_browser__link_Link__flush.self,'_run',11,locals.what,locals.action)
}
}finally{
var exit=false
if($B.count_frames()<stack_length_14){
exit=true
$B.frame_obj=$B.push_frame(frame)
}
$B.set_lineno(frame,57)
$B.$setattr1(locals_chatkit_browser__link_Link__flush.self,"_flushing",false,13)
if(exit){
$B.leave_frame()
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_flush13.$is_method=true
_flush13.$function_infos=['chatkit.browser._link','_flush','Link._flush',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,50,3,[],0,0,['self','what','action'],false,[],frame]
$B.set_func_attrs(_flush13,frame,'chatkit.browser._link')
_flush13.ob_type=$B.function
_flush13.__annotate__=_b_.None
locals_chatkit_browser__link_Link._flush=_flush13
$B.set_lineno(frame,59)
function _run18(_self,_what,_action){
var locals
if(arguments.length==3&&!_action?.$kw){
var locals_chatkit_browser__link_Link__run=locals={self:_self,what:_what,action:_action}
}else{
var locals_chatkit_browser__link_Link__run=locals=$B.args_parser(_run18,arguments)
}
var frame=["_run",locals,"chatkit.browser._link",locals_chatkit_browser__link,_run18]
$B.enter_frame(frame,__file__,59)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_run18,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,62)
try{
var stack_length_19=$B.count_frames()
var save_frame_obj_19=$B.frame_obj
$B.set_lineno(frame,63);
$B.$call_with_position(locals_chatkit_browser__link_Link__run.action,1,$B.$getattr_pep657(locals_chatkit_browser__link_Link__run.self,'driver',3))
}catch(err19){
$B.set_exc_and_trace(frame,err19)
if($B.set_lineno(frame,64)&&$B.is_exc(err19,[_b_.Exception])){
locals.error=err19
$B.set_lineno(frame,65);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link__run.self,'logger',7),'error',5,$B.rich_op('__mod__','%s failed',locals_chatkit_browser__link_Link__run.what,9),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_19
}else{
throw err19
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_run18.$is_method=true
_run18.$function_infos=['chatkit.browser._link','_run','Link._run',__file__,_b_.None,_b_.None,_b_.None,['self','what','action'],null,null,
3,59,3,[],0,0,['self','what','action','error'],false,[],frame]
$B.set_func_attrs(_run18,frame,'chatkit.browser._link')
_run18.ob_type=$B.function
_run18.__annotate__=_b_.None
locals_chatkit_browser__link_Link._run=_run18
locals.__static_attributes__=$B.fast_tuple(["driver","logger","_pending","_flushing","_subscriptions"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Link',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Link',$B.fast_tuple([]),{})
locals_chatkit_browser__link.Link=Link1
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__link
});
__chatkitModules["chatkit.rules"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules=$B.namespace("chatkit.rules"),
locals=locals_chatkit_rules,
frame=["chatkit.rules",locals,"chatkit.rules",locals]
var __file__=locals.__file__="VFS.chatkit.rules/__init__.py"
locals.__name__="chatkit.rules"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,17)
locals_chatkit_rules.__all__=$B.$list([])
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules
});
__chatkitModules["chatkit.rules.topics"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_topics=$B.namespace("chatkit.rules.topics"),
locals=locals_chatkit_rules_topics,
frame=["chatkit.rules.topics",locals,"chatkit.rules.topics",locals]
var __file__=locals.__file__="VFS.chatkit.rules.topics.py"
locals.__name__="chatkit.rules.topics"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,8)
locals_chatkit_rules_topics.__all__=$B.$list(['COMMANDS','END','EVENTS','INFO_SENT','RESET_INFO','SET_INFO','SET_LANGUAGE','SET_VARIABLES','TRIGGER_CHAT_WINDOW','TRIGGER_INVITATION','TRIGGER_PRE_CHAT'])
$B.set_lineno(frame,11)
locals_chatkit_rules_topics.SET_INFO='customer:set-info'
$B.set_lineno(frame,12)
locals_chatkit_rules_topics.RESET_INFO='customer:reset-info'
$B.set_lineno(frame,13)
locals_chatkit_rules_topics.INFO_SENT='customer:info-sent'
$B.set_lineno(frame,14)
locals_chatkit_rules_topics.SET_LANGUAGE='chat:set-language'
$B.set_lineno(frame,15)
locals_chatkit_rules_topics.SET_VARIABLES='chat:set-variables'
$B.set_lineno(frame,16)
locals_chatkit_rules_topics.TRIGGER_INVITATION='chat:trigger-invitation'
$B.set_lineno(frame,17)
locals_chatkit_rules_topics.TRIGGER_PRE_CHAT='chat:trigger-pre-chat'
$B.set_lineno(frame,18)
locals_chatkit_rules_topics.TRIGGER_CHAT_WINDOW='chat:trigger-chat-window'
$B.set_lineno(frame,19)
locals_chatkit_rules_topics.END='chat:end'
$B.set_lineno(frame,21)
locals_chatkit_rules_topics.COMMANDS=$B.fast_tuple([locals.SET_INFO,locals.RESET_INFO,locals.END,locals.TRIGGER_INVITATION,locals.SET_LANGUAGE,locals.TRIGGER_PRE_CHAT,locals.TRIGGER_CHAT_WINDOW,locals.SET_VARIABLES])
$B.set_lineno(frame,23)
locals_chatkit_rules_topics.EVENTS=$B.fast_tuple([locals.INFO_SENT])
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_topics
});
__chatkitModules["chatkit.browser.versions"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser_versions=$B.namespace("chatkit.browser.versions"),
locals=locals_chatkit_browser_versions,
frame=["chatkit.browser.versions",locals,"chatkit.browser.versions",locals]
var __file__=locals.__file__="VFS.chatkit.browser.versions.py"
locals.__name__="chatkit.browser.versions"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,18)
$B.$import_from("chatkit.rules",'topics',{},0,locals,1)
$B.set_lineno(frame,20)
locals_chatkit_browser_versions.V1='v1'
$B.set_lineno(frame,21)
locals_chatkit_browser_versions.V2='v2'
$B.set_lineno(frame,22)
locals_chatkit_browser_versions.APIS=$B.fast_tuple([locals.V1,locals.V2])
$B.set_lineno(frame,25)
locals_chatkit_browser_versions.CALLS=_b_.dict.$literal([['customer.set_info',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'SET_INFO',3)],[locals.V2,'setCustomerInfo']]),6970675338820922],['customer.reset_info',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'RESET_INFO',5)],[locals.V2,'resetCustomerInfo']]),1349590857274372],['set_language',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'SET_LANGUAGE',7)],[locals.V2,'setCustomerLanguage']]),1102484996026286],['set_variables',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'SET_VARIABLES',9)],[locals.V2,'setVariables']]),5459126429165317],['trigger_invitation',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'TRIGGER_INVITATION',11)]]),8591604875155236],['trigger_pre_chat',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'TRIGGER_PRE_CHAT',13)]]),5293488787120466],['trigger_chat_window',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'TRIGGER_CHAT_WINDOW',15)],[locals.V2,'startChat']]),8021518173761328],['end',_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'END',17)],[locals.V2,'endChat']]),3659261115698748],['set_quick_replies',_b_.dict.$literal([[locals.V2,'setInvitationQuickReplies']]),782649130847165],['set_sound',_b_.dict.$literal([[locals.V2,'setNotificationSoundToggle']]),6751685844716816]])
$B.set_lineno(frame,40)
locals_chatkit_browser_versions.PROXY_CALLBACKS=$B.fast_tuple(['onAppStart','onAppEnd','onOpenInvitation','onOpenOnlineForm','onOpenChat','onOpenOfflineForm','onSkipQueue','onCustomerInfoSent','onSessionCreated','onSessionEnd','onSessionError'])
$B.set_lineno(frame,43)
locals_chatkit_browser_versions.INFO_SENT_CALLBACK='onCustomerInfoSent'
$B.set_lineno(frame,49)
locals_chatkit_browser_versions.EVENTS=_b_.dict.$literal([[$B.$getattr_pep657(locals.topics,'INFO_SENT',19),_b_.dict.$literal([[locals.V1,$B.$getattr_pep657(locals.topics,'INFO_SENT',21)],[locals.V2,locals.INFO_SENT_CALLBACK]])]])
frame.$lineno=50
var no_break_1=true,
iterator_1=locals.PROXY_CALLBACKS
iterator_1[$B.INUM]=23
for(var next_1 of $B.make_js_iterator(iterator_1,frame,50)){
locals_chatkit_browser_versions._callback=next_1
if($B.set_lineno(frame,51)&&$B.$bool($B.rich_comp('__ne__',locals._callback,locals_chatkit_browser_versions.INFO_SENT_CALLBACK))){
$B.set_lineno(frame,52)
$B.$setitem(locals_chatkit_browser_versions.EVENTS,locals_chatkit_browser_versions._callback,_b_.dict.$literal([[locals_chatkit_browser_versions.V2,locals_chatkit_browser_versions._callback]]),25)
}
}
frame.$lineno=53
var no_break_2=true,
iterator_2=$B.$getattr_pep657(locals.topics,'COMMANDS',27)
iterator_2[$B.INUM]=29
for(var next_2 of $B.make_js_iterator(iterator_2,frame,53)){
locals_chatkit_browser_versions._topic=next_2
$B.set_lineno(frame,54)
$B.$setitem(locals_chatkit_browser_versions.EVENTS,locals._topic,_b_.dict.$literal([[locals_chatkit_browser_versions.V1,locals._topic]]),31)
}
$B.set_lineno(frame,57)
locals_chatkit_browser_versions.ALIASES=_b_.dict.$literal([[locals.INFO_SENT_CALLBACK,$B.$getattr_pep657(locals.topics,'INFO_SENT',33)]])
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser_versions
});
__chatkitModules["chatkit.rules.chatapp"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_chatapp=$B.namespace("chatkit.rules.chatapp"),
locals=locals_chatkit_rules_chatapp,
frame=["chatkit.rules.chatapp",locals,"chatkit.rules.chatapp",locals]
var __file__=locals.__file__="VFS.chatkit.rules.chatapp.py"
locals.__name__="chatkit.rules.chatapp"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,13)
$B.$import_from("chatkit.errors",'Problem',{},0,locals,1)
$B.set_lineno(frame,14)
$B.$import_from("chatkit.rules.customer",'value_text',{},0,locals,3)
$B.set_lineno(frame,16)
locals_chatkit_rules_chatapp.__all__=$B.$list(['NOT_A_BOOL','NOT_A_LIST','QUICK_REPLY_EMPTY','QUICK_REPLY_NOT_TEXT','check_quick_replies','check_toggle','quick_reply_problem'])
$B.set_lineno(frame,19)
locals_chatkit_rules_chatapp.NOT_A_LIST='%s takes a list of strings, not %s'
$B.set_lineno(frame,20)
locals_chatkit_rules_chatapp.QUICK_REPLY_NOT_TEXT='Quick reply %d (%s) is not a string and will be discarded'
$B.set_lineno(frame,21)
locals_chatkit_rules_chatapp.QUICK_REPLY_EMPTY='Quick reply %d is empty and will be discarded'
$B.set_lineno(frame,22)
locals_chatkit_rules_chatapp.NOT_A_BOOL='%s takes True or False, not %s'
$B.set_lineno(frame,25)
function check_quick_replies1(_replies,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_rules_chatapp_check_quick_replies=locals={replies:_replies,call:_call}
}else{
var locals_chatkit_rules_chatapp_check_quick_replies=locals=$B.args_parser(check_quick_replies1,arguments)
}
var frame=["check_quick_replies",locals,"chatkit.rules.chatapp",locals_chatkit_rules_chatapp,check_quick_replies1]
$B.enter_frame(frame,__file__,25)
try{
$B.js_this=this
if($B.set_lineno(frame,33)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.replies,$B.fast_tuple([_b_.list,_b_.tuple]))))){
$B.set_lineno(frame,34)
return $B.trace_return_and_leave(frame,$B.fast_tuple([_b_.None,$B.$list([$B.$call_with_position(locals_chatkit_rules_chatapp.Problem,3,locals_chatkit_rules_chatapp_check_quick_replies.call,locals_chatkit_rules_chatapp_check_quick_replies.replies,$B.rich_op('__mod__',locals_chatkit_rules_chatapp.NOT_A_LIST,$B.fast_tuple([locals_chatkit_rules_chatapp_check_quick_replies.call,$B.$getattr_pep657($B.$call_with_position(_b_.type,9,locals_chatkit_rules_chatapp_check_quick_replies.replies),'__name__',7)]),5))])]))
}
$B.set_lineno(frame,35)
var v2=$B.fast_tuple([$B.$list([]),$B.$list([])])
var it_3=$B.unpacker(v2,2,false,11)
locals_chatkit_rules_chatapp_check_quick_replies.payload=it_3.read_one()
locals_chatkit_rules_chatapp_check_quick_replies.problems=it_3.read_one()
frame.$lineno=36
var no_break_4=true,
iterator_4=$B.$call_with_position(_b_.enumerate,13,locals.replies)
iterator_4[$B.INUM]=15
for(var next_4 of $B.make_js_iterator(iterator_4,frame,36)){
var v5=next_4
var it_6=$B.unpacker(v5,2,false,17)
locals_chatkit_rules_chatapp_check_quick_replies.index=it_6.read_one()
locals_chatkit_rules_chatapp_check_quick_replies.reply=it_6.read_one()
$B.set_lineno(frame,37)
locals_chatkit_rules_chatapp_check_quick_replies.message=$B.$call_with_position($B.resolve_in_scopes('quick_reply_problem',[locals_chatkit_rules_chatapp_check_quick_replies,locals_chatkit_rules_chatapp,_b_],21),19,locals.index,locals.reply)
if($B.set_lineno(frame,38)&&$B.$bool($B.$is(locals.message,_b_.None))){
$B.set_lineno(frame,39);
$B.call_attr(locals_chatkit_rules_chatapp_check_quick_replies.payload,'append',23,locals_chatkit_rules_chatapp_check_quick_replies.reply)
}else{
$B.set_lineno(frame,41);
$B.call_attr(locals_chatkit_rules_chatapp_check_quick_replies.problems,'append',25,$B.$call_with_position(locals_chatkit_rules_chatapp.Problem,27,$B.rich_op('__mod__','%s[%d]',$B.fast_tuple([locals_chatkit_rules_chatapp_check_quick_replies.call,locals_chatkit_rules_chatapp_check_quick_replies.index]),29),locals_chatkit_rules_chatapp_check_quick_replies.reply,locals_chatkit_rules_chatapp_check_quick_replies.message))
}
}
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.payload,locals.problems]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_quick_replies1.$function_infos=['chatkit.rules.chatapp','check_quick_replies','check_quick_replies',__file__,_b_.None,_b_.None,'',['replies','call'],null,null,
2,25,3,[],0,0,['replies','call','payload','problems','index','reply','message'],false,[],frame]
$B.set_func_attrs(check_quick_replies1,frame,'chatkit.rules.chatapp')
check_quick_replies1.ob_type=$B.function
check_quick_replies1.__annotate__=_b_.None
locals_chatkit_rules_chatapp.check_quick_replies=check_quick_replies1
$B.set_lineno(frame,45)
function quick_reply_problem8(_index,_reply){
var locals
if(arguments.length==2&&!_reply?.$kw){
var locals_chatkit_rules_chatapp_quick_reply_problem=locals={index:_index,reply:_reply}
}else{
var locals_chatkit_rules_chatapp_quick_reply_problem=locals=$B.args_parser(quick_reply_problem8,arguments)
}
var frame=["quick_reply_problem",locals,"chatkit.rules.chatapp",locals_chatkit_rules_chatapp,quick_reply_problem8]
$B.enter_frame(frame,__file__,45)
try{
$B.js_this=this
if($B.set_lineno(frame,47)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.reply,_b_.str)))){
$B.set_lineno(frame,48)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_rules_chatapp.QUICK_REPLY_NOT_TEXT,$B.fast_tuple([locals_chatkit_rules_chatapp_quick_reply_problem.index,$B.$call_with_position(locals_chatkit_rules_chatapp.value_text,5,locals_chatkit_rules_chatapp_quick_reply_problem.reply)]),3))
}
if($B.set_lineno(frame,49)&&$B.$bool(!$B.$bool($B.call_attr(locals.reply,'strip',7,)))){
$B.set_lineno(frame,50)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_rules_chatapp.QUICK_REPLY_EMPTY,locals_chatkit_rules_chatapp_quick_reply_problem.index,9))
}
$B.set_lineno(frame,51)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
quick_reply_problem8.$function_infos=['chatkit.rules.chatapp','quick_reply_problem','quick_reply_problem',__file__,_b_.None,_b_.None,'',['index','reply'],null,null,
2,45,3,[],0,0,['index','reply'],false,[],frame]
$B.set_func_attrs(quick_reply_problem8,frame,'chatkit.rules.chatapp')
quick_reply_problem8.ob_type=$B.function
quick_reply_problem8.__annotate__=_b_.None
locals_chatkit_rules_chatapp.quick_reply_problem=quick_reply_problem8
$B.set_lineno(frame,54)
function check_toggle9(_enabled,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_rules_chatapp_check_toggle=locals={enabled:_enabled,call:_call}
}else{
var locals_chatkit_rules_chatapp_check_toggle=locals=$B.args_parser(check_toggle9,arguments)
}
var frame=["check_toggle",locals,"chatkit.rules.chatapp",locals_chatkit_rules_chatapp,check_toggle9]
$B.enter_frame(frame,__file__,54)
try{
$B.js_this=this
if($B.set_lineno(frame,56)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.enabled,_b_.bool))){
$B.set_lineno(frame,57)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals_chatkit_rules_chatapp_check_toggle.enabled,$B.$list([])]))
}
$B.set_lineno(frame,58)
return $B.trace_return_and_leave(frame,$B.fast_tuple([_b_.None,$B.$list([$B.$call_with_position(locals_chatkit_rules_chatapp.Problem,3,locals.call,locals.enabled,$B.rich_op('__mod__',locals_chatkit_rules_chatapp.NOT_A_BOOL,$B.fast_tuple([locals.call,$B.$call_with_position(locals_chatkit_rules_chatapp.value_text,7,locals.enabled)]),5))])]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_toggle9.$function_infos=['chatkit.rules.chatapp','check_toggle','check_toggle',__file__,_b_.None,_b_.None,'',['enabled','call'],null,null,
2,54,3,[],0,0,['enabled','call'],false,[],frame]
$B.set_func_attrs(check_toggle9,frame,'chatkit.rules.chatapp')
check_toggle9.ob_type=$B.function
check_toggle9.__annotate__=_b_.None
locals_chatkit_rules_chatapp.check_toggle=check_toggle9
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_chatapp
});
__chatkitModules["chatkit.rules.variables"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_variables=$B.namespace("chatkit.rules.variables"),
locals=locals_chatkit_rules_variables,
frame=["chatkit.rules.variables",locals,"chatkit.rules.variables",locals]
var __file__=locals.__file__="VFS.chatkit.rules.variables.py"
locals.__name__="chatkit.rules.variables"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,15)
$B.$import_from("chatkit.rules.customer",'Discarded',{},0,locals,1)
$B.$import_from("chatkit.rules.customer",'js_length',{},0,locals,1)
$B.$import_from("chatkit.rules.customer",'report_of',{},0,locals,1)
$B.set_lineno(frame,17)
locals_chatkit_rules_variables.__all__=$B.$list(['CRM_PREFIX','CRM_VARIABLES','CUSTOM_PREFIX','KEY_CHARS','KEY_NOT_MATCHING','LANGUAGE_VARIABLE','SYSTEM_NOT_SUPPORTED','VALUE_NOT_TEXT','VARIABLE_LIMIT','check_variables','discard_reason','is_custom_key'])
$B.set_lineno(frame,21)
locals_chatkit_rules_variables.VARIABLE_LIMIT=255
$B.set_lineno(frame,22)
locals_chatkit_rules_variables.CUSTOM_PREFIX='_'
$B.set_lineno(frame,23)
locals_chatkit_rules_variables.CRM_PREFIX='$'
$B.set_lineno(frame,26)
locals_chatkit_rules_variables.CRM_VARIABLES=$B.fast_tuple(['$language','$caseNumber','$accountNumber','$emailAddress','$emailSubject','$emailBody'])
$B.set_lineno(frame,28)
locals_chatkit_rules_variables.LANGUAGE_VARIABLE='$language'
$B.set_lineno(frame,30)
locals_chatkit_rules_variables.KEY_CHARS=$B.$call_with_position(_b_.frozenset,3,'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
$B.set_lineno(frame,33)
locals_chatkit_rules_variables.KEY_NOT_MATCHING='Customer variable: provided variable %s does not match the expected pattern or its chars exceeded the max length of 255. It will be discarded'
$B.set_lineno(frame,35)
locals_chatkit_rules_variables.SYSTEM_NOT_SUPPORTED='Customer variable: provided system variable %s it\'s not supported. It will be discarded'
$B.set_lineno(frame,37)
locals_chatkit_rules_variables.VALUE_NOT_TEXT='Customer variable: provided variable %s is not a string or its chars exceeded the max length of 255. It will be discarded'
$B.set_lineno(frame,41)
function check_variables1(_variables){
var locals
if(arguments.length==1&&!_variables?.$kw){
var locals_chatkit_rules_variables_check_variables=locals={variables:_variables}
}else{
var locals_chatkit_rules_variables_check_variables=locals=$B.args_parser(check_variables1,arguments)
}
var frame=["check_variables",locals,"chatkit.rules.variables",locals_chatkit_rules_variables,check_variables1]
$B.enter_frame(frame,__file__,41)
try{
$B.js_this=this
$B.set_lineno(frame,47)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_variables.report_of,1,locals.variables,$B.resolve_in_scopes('discard_reason',[locals_chatkit_rules_variables_check_variables,locals_chatkit_rules_variables,_b_],3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_variables1.$function_infos=['chatkit.rules.variables','check_variables','check_variables',__file__,_b_.None,_b_.None,'',['variables'],null,null,
1,41,3,[],0,0,['variables'],false,[],frame]
$B.set_func_attrs(check_variables1,frame,'chatkit.rules.variables')
check_variables1.ob_type=$B.function
check_variables1.__annotate__=_b_.None
locals_chatkit_rules_variables.check_variables=check_variables1
$B.set_lineno(frame,50)
function discard_reason2(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_variables_discard_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_variables_discard_reason=locals=$B.args_parser(discard_reason2,arguments)
}
var frame=["discard_reason",locals,"chatkit.rules.variables",locals_chatkit_rules_variables,discard_reason2]
$B.enter_frame(frame,__file__,50)
try{
$B.js_this=this
if($B.set_lineno(frame,52)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str)))){
$B.set_lineno(frame,53)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_variables.Discarded,3,locals_chatkit_rules_variables_discard_reason.key,locals_chatkit_rules_variables_discard_reason.value,'key-pattern',$B.rich_op('__mod__',locals_chatkit_rules_variables.KEY_NOT_MATCHING,$B.fast_tuple([locals_chatkit_rules_variables_discard_reason.key]),5),true))
}
if($B.set_lineno(frame,54)&&$B.$bool($B.call_attr(locals.key,'startswith',7,locals_chatkit_rules_variables.CRM_PREFIX))){
if($B.set_lineno(frame,55)&&$B.$bool(!$B.$is_member(locals_chatkit_rules_variables_discard_reason.key,locals_chatkit_rules_variables.CRM_VARIABLES))){
$B.set_lineno(frame,56)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_variables.Discarded,9,locals_chatkit_rules_variables_discard_reason.key,locals_chatkit_rules_variables_discard_reason.value,'system-unsupported',$B.rich_op('__mod__',locals_chatkit_rules_variables.SYSTEM_NOT_SUPPORTED,locals_chatkit_rules_variables_discard_reason.key,11),true))
}
}else if($B.set_lineno(frame,57)&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('is_custom_key',[locals_chatkit_rules_variables_discard_reason,locals_chatkit_rules_variables,_b_],15),13,locals.key)))){
$B.set_lineno(frame,58)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_variables.Discarded,17,locals_chatkit_rules_variables_discard_reason.key,locals_chatkit_rules_variables_discard_reason.value,'key-pattern',$B.rich_op('__mod__',locals_chatkit_rules_variables.KEY_NOT_MATCHING,locals_chatkit_rules_variables_discard_reason.key,19),true))
}
if($B.set_lineno(frame,59)&&($B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,21,locals.value,_b_.str)))||$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(locals_chatkit_rules_variables.js_length,23,locals.value),locals_chatkit_rules_variables.VARIABLE_LIMIT)))){
$B.set_lineno(frame,60)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_variables.Discarded,25,locals_chatkit_rules_variables_discard_reason.key,locals_chatkit_rules_variables_discard_reason.value,'value-not-text',$B.rich_op('__mod__',locals_chatkit_rules_variables.VALUE_NOT_TEXT,locals_chatkit_rules_variables_discard_reason.key,27),true))
}
$B.set_lineno(frame,61)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
discard_reason2.$function_infos=['chatkit.rules.variables','discard_reason','discard_reason',__file__,_b_.None,_b_.None,'',['key','value'],null,null,
2,50,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(discard_reason2,frame,'chatkit.rules.variables')
discard_reason2.ob_type=$B.function
discard_reason2.__annotate__=_b_.None
locals_chatkit_rules_variables.discard_reason=discard_reason2
$B.set_lineno(frame,64)
function is_custom_key4(_key){
var locals
if(arguments.length==1&&!_key?.$kw){
var locals_chatkit_rules_variables_is_custom_key=locals={key:_key}
}else{
var locals_chatkit_rules_variables_is_custom_key=locals=$B.args_parser(is_custom_key4,arguments)
}
var frame=["is_custom_key",locals,"chatkit.rules.variables",locals_chatkit_rules_variables,is_custom_key4]
$B.enter_frame(frame,__file__,64)
try{
$B.js_this=this
$B.set_lineno(frame,66)
return $B.trace_return_and_leave(frame,(!$B.$bool(locals.$test=$B.call_attr(locals.key,'startswith',1,locals_chatkit_rules_variables.CUSTOM_PREFIX))?locals.$test:!$B.$bool(locals.$test=$B.rich_comp('__gt__',$B.$call_with_position(_b_.len,3,locals.key),1))?locals.$test:!$B.$bool(locals.$test=$B.rich_comp('__le__',$B.$call_with_position(locals_chatkit_rules_variables.js_length,5,locals.key),locals_chatkit_rules_variables.VARIABLE_LIMIT))?locals.$test:$B.$call_with_position(_b_.all,7,(function(expr){
var locals_chatkit_rules_variables_is_custom_key_genexpr_5={},
locals=locals_chatkit_rules_variables_is_custom_key_genexpr_5
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_variables_is_custom_key_genexpr_5,"chatkit.rules.variables",locals_chatkit_rules_variables]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.variables.py'
frame.$lineno=67
$B.make_f_code(frame,['0'])
var next_func_5=$B.make_js_iterator(expr,frame,67)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen5=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,67)
var next_func_5=$B.make_js_iterator(expr,frame,67)
for(var next_5 of next_func_5){
$B.enter_frame(frame,__file__,67)
$B.set_lineno(frame,67)
locals_chatkit_rules_variables_is_custom_key_genexpr_5.c=next_5
try{
yield $B.$is_member(locals.c,locals_chatkit_rules_variables.KEY_CHARS)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen5
})($B.getitem_slice(locals.key,_b_.slice.$fast_slice(1,_b_.None,_b_.None),9))
)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_custom_key4.$function_infos=['chatkit.rules.variables','is_custom_key','is_custom_key',__file__,_b_.None,_b_.None,'',['key'],null,null,
1,64,3,[],0,0,['key'],false,[],frame]
$B.set_func_attrs(is_custom_key4,frame,'chatkit.rules.variables')
is_custom_key4.ob_type=$B.function
is_custom_key4.__annotate__=_b_.None
locals_chatkit_rules_variables.is_custom_key=is_custom_key4
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_variables
});
__chatkitModules["chatkit.browser._v2"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__v2=$B.namespace("chatkit.browser._v2"),
locals=locals_chatkit_browser__v2,
frame=["chatkit.browser._v2",locals,"chatkit.browser._v2",locals]
var __file__=locals.__file__="VFS.chatkit.browser._v2.py"
locals.__name__="chatkit.browser._v2"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,21)
$B.$import_from("chatkit.browser._checks",'report_and_problems',{},0,locals,1)
$B.set_lineno(frame,22)
$B.$import_from("chatkit.browser.versions",'PROXY_CALLBACKS',{},0,locals,3)
$B.set_lineno(frame,24)
locals_chatkit_browser__v2.__all__=$B.$list(['ChatAppDriver','Driver','check_quick_replies','check_toggle','check_variables'])
$B.set_lineno(frame,27,'ClassDef')
var ChatAppDriver1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=5
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ChatAppDriver",bases,resolved_bases)
var locals_chatkit_browser__v2_ChatAppDriver=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__v2_ChatAppDriver
locals.__doc__=''
locals.__module__='chatkit.browser._v2'
locals.__firstlineno__=27
var frame=[name,locals,'chatkit.browser._v2',locals_chatkit_browser__v2]
$B.enter_frame(frame,__file__,27)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,34)
locals_chatkit_browser__v2_ChatAppDriver.HANDED_OVER='chatApp (the v2 chat\'s callback)'
$B.set_lineno(frame,35)
locals_chatkit_browser__v2_ChatAppDriver.HAS='setProxy'
$B.set_lineno(frame,36)
locals_chatkit_browser__v2_ChatAppDriver.DOING='calling chatApp.%s'
$B.set_lineno(frame,38)
function __init__2(_self,_chat_app){
var locals
if(arguments.length==2&&!_chat_app?.$kw){
var locals_chatkit_browser__v2_ChatAppDriver___init__=locals={self:_self,chat_app:_chat_app}
}else{
var locals_chatkit_browser__v2_ChatAppDriver___init__=locals=$B.args_parser(__init__2,arguments)
}
var frame=["__init__",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,__init__2]
$B.enter_frame(frame,__file__,38)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__2,locals_chatkit_browser__v2,"ChatAppDriver",['ChatAppDriver'])
$B.set_lineno(frame,39)
$B.$setattr1(locals.self,"target",locals.chat_app,1)
$B.set_lineno(frame,40)
$B.$setattr1(locals.self,"_handlers",_b_.None,3)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__2.$is_method=true
__init__2.$function_infos=['chatkit.browser._v2','__init__','ChatAppDriver.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','chat_app'],null,null,
2,38,3,[],0,0,['self','chat_app'],false,[],frame]
$B.set_func_attrs(__init__2,frame,'chatkit.browser._v2')
__init__2.ob_type=$B.function
__init__2.__annotate__=_b_.None
locals_chatkit_browser__v2_ChatAppDriver.__init__=__init__2
$B.set_lineno(frame,42)
function send3(){
var locals
var locals_chatkit_browser__v2_ChatAppDriver_send=locals=$B.args_parser(send3,arguments)
var frame=["send",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,send3]
$B.enter_frame(frame,__file__,42)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(send3,locals_chatkit_browser__v2,"ChatAppDriver",['ChatAppDriver'])
$B.set_lineno(frame,44);
$B.$call_with_position($B.$call_with_position(_b_.getattr,3,$B.$getattr_pep657(locals.self,'target',5),locals.method),1,..._b_.list.$unpack(locals.args))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
send3.$is_method=true
send3.$function_infos=['chatkit.browser._v2','send','ChatAppDriver.send',__file__,_b_.None,_b_.None,'',['self','method'],'args',null,
2,42,7,[],0,0,['self','method','args'],false,[],frame]
$B.set_func_attrs(send3,frame,'chatkit.browser._v2')
send3.ob_type=$B.function
send3.__annotate__=_b_.None
locals_chatkit_browser__v2_ChatAppDriver.send=send3
$B.set_lineno(frame,46)
function subscribe4(_self,_callback,_deliver){
var locals
if(arguments.length==3&&!_deliver?.$kw){
var locals_chatkit_browser__v2_ChatAppDriver_subscribe=locals={self:_self,callback:_callback,deliver:_deliver}
}else{
var locals_chatkit_browser__v2_ChatAppDriver_subscribe=locals=$B.args_parser(subscribe4,arguments)
}
var frame=["subscribe",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,subscribe4]
$B.enter_frame(frame,__file__,46)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(subscribe4,locals_chatkit_browser__v2,"ChatAppDriver",['ChatAppDriver'])
$B.set_lineno(frame,51)
locals_chatkit_browser__v2_ChatAppDriver_subscribe.handlers=$B.$getattr_pep657(locals.self,'_handlers',1)
if($B.set_lineno(frame,52)&&$B.$bool($B.$is(locals.handlers,_b_.None))){
$B.set_lineno(frame,53)
locals_chatkit_browser__v2_ChatAppDriver_subscribe.handlers=$B.call_attr(locals_chatkit_browser__v2_ChatAppDriver_subscribe.self,'_register',3,)
}
$B.set_lineno(frame,54)
locals_chatkit_browser__v2_ChatAppDriver_subscribe.delivers=$B.$getitem(locals.handlers,locals.callback,5)
$B.set_lineno(frame,55);
$B.call_attr(locals.delivers,'append',7,locals.deliver)
$B.set_lineno(frame,56)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('Handler',[locals_chatkit_browser__v2_ChatAppDriver_subscribe,locals_chatkit_browser__v2,_b_],11),9,locals.delivers,locals.deliver))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
subscribe4.$is_method=true
subscribe4.$function_infos=['chatkit.browser._v2','subscribe','ChatAppDriver.subscribe',__file__,_b_.None,_b_.None,'',['self','callback','deliver'],null,null,
3,46,3,[],0,0,['self','callback','deliver','handlers','delivers'],false,[],frame]
$B.set_func_attrs(subscribe4,frame,'chatkit.browser._v2')
subscribe4.ob_type=$B.function
subscribe4.__annotate__=_b_.None
locals_chatkit_browser__v2_ChatAppDriver.subscribe=subscribe4
$B.set_lineno(frame,58)
function _register5(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__v2_ChatAppDriver__register=locals={self:_self}
}else{
var locals_chatkit_browser__v2_ChatAppDriver__register=locals=$B.args_parser(_register5,arguments)
}
var frame=["_register",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,_register5]
$B.enter_frame(frame,__file__,58)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_register5,locals_chatkit_browser__v2,"ChatAppDriver",['ChatAppDriver'])
$B.set_lineno(frame,59)
locals_chatkit_browser__v2_ChatAppDriver__register.handlers=(function(expr){
var next_func_6=$B.make_js_iterator(expr,frame,59)
var result_6=$B.empty_dict()
try{
for(var next_6 of next_func_6){
$B.set_lineno(frame,59)
locals_chatkit_browser__v2_ChatAppDriver__register.name=next_6
_b_.dict.$setitem(result_6,locals.name,$B.$list([]))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__v2_ChatAppDriver__register.name
return result_6
})(locals_chatkit_browser__v2.PROXY_CALLBACKS)
$B.set_lineno(frame,60);
$B.call_attr($B.$getattr_pep657(locals.self,'target',3),'setProxy',1,(function(expr){
var next_func_7=$B.make_js_iterator(expr,frame,60)
var result_7=$B.empty_dict()
try{
for(var next_7 of next_func_7){
$B.set_lineno(frame,60)
locals_chatkit_browser__v2_ChatAppDriver__register.name=next_7
_b_.dict.$setitem(result_7,locals.name,$B.$call_with_position($B.resolve_in_scopes('_dispatcher',[locals_chatkit_browser__v2_ChatAppDriver__register,locals_chatkit_browser__v2,_b_],7),5,$B.$getitem(locals.handlers,locals.name,9)))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__v2_ChatAppDriver__register.name
return result_7
})(locals_chatkit_browser__v2.PROXY_CALLBACKS)
)
$B.set_lineno(frame,61)
$B.$setattr1(locals.self,"_handlers",locals.handlers,11)
$B.set_lineno(frame,62)
return $B.trace_return_and_leave(frame,locals.handlers)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_register5.$is_method=true
_register5.$function_infos=['chatkit.browser._v2','_register','ChatAppDriver._register',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,58,3,[],0,0,['self','handlers','name'],false,[],frame]
$B.set_func_attrs(_register5,frame,'chatkit.browser._v2')
_register5.ob_type=$B.function
_register5.__annotate__=_b_.None
locals_chatkit_browser__v2_ChatAppDriver._register=_register5
locals.__static_attributes__=$B.fast_tuple(["target","_handlers"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ChatAppDriver',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ChatAppDriver',$B.fast_tuple([]),{})
locals_chatkit_browser__v2.ChatAppDriver=ChatAppDriver1
$B.set_lineno(frame,65)
function _dispatcher8(_delivers){
var locals
if(arguments.length==1&&!_delivers?.$kw){
var locals_chatkit_browser__v2__dispatcher=locals={delivers:_delivers}
}else{
var locals_chatkit_browser__v2__dispatcher=locals=$B.args_parser(_dispatcher8,arguments)
}
var frame=["_dispatcher",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,_dispatcher8]
$B.enter_frame(frame,__file__,65)
try{
$B.js_this=this
$B.set_lineno(frame,66)
function dispatch9(){
var locals
var locals_chatkit_browser__v2__dispatcher_dispatch=locals=$B.args_parser(dispatch9,arguments)
Object.defineProperty(locals,'delivers',{get:function(){return locals_chatkit_browser__v2__dispatcher.delivers},set:function(){},enumerable:true,configurable:true})
var frame=["dispatch",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,dispatch9]
$B.enter_frame(frame,__file__,66)
try{
$B.js_this=this
$B.set_lineno(frame,68)
locals_chatkit_browser__v2__dispatcher_dispatch.data=($B.$bool(locals.args)?$B.$getitem(locals.args,0,1):_b_.None)
frame.$lineno=69
var no_break_10=true,
iterator_10=$B.$call_with_position(_b_.list,3,locals_chatkit_browser__v2__dispatcher.delivers)
iterator_10[$B.INUM]=5
for(var next_10 of $B.make_js_iterator(iterator_10,frame,69)){
locals_chatkit_browser__v2__dispatcher_dispatch.deliver=next_10
$B.set_lineno(frame,70);
$B.$call_with_position(locals.deliver,7,locals_chatkit_browser__v2__dispatcher_dispatch.data)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
dispatch9.$function_infos=['chatkit.browser._v2','dispatch','_dispatcher.<locals>.dispatch',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,66,7,['delivers'],0,0,['args','data','deliver'],false,[],frame]
$B.set_func_attrs(dispatch9,frame,'chatkit.browser._v2')
dispatch9.ob_type=$B.function
dispatch9.__annotate__=_b_.None
locals_chatkit_browser__v2__dispatcher.dispatch=dispatch9
$B.set_lineno(frame,72)
return $B.trace_return_and_leave(frame,locals.dispatch)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_dispatcher8.$function_infos=['chatkit.browser._v2','_dispatcher','_dispatcher',__file__,_b_.None,_b_.None,_b_.None,['delivers'],null,null,
1,65,3,[],0,0,['delivers','dispatch'],false,[],frame]
$B.set_func_attrs(_dispatcher8,frame,'chatkit.browser._v2')
_dispatcher8.ob_type=$B.function
_dispatcher8.__annotate__=_b_.None
locals_chatkit_browser__v2._dispatcher=_dispatcher8
$B.set_lineno(frame,75)
locals_chatkit_browser__v2.Driver=locals.ChatAppDriver
$B.set_lineno(frame,78)
function check_variables11(_variables){
var locals
if(arguments.length==1&&!_variables?.$kw){
var locals_chatkit_browser__v2_check_variables=locals={variables:_variables}
}else{
var locals_chatkit_browser__v2_check_variables=locals=$B.args_parser(check_variables11,arguments)
}
var frame=["check_variables",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,check_variables11]
$B.enter_frame(frame,__file__,78)
try{
$B.js_this=this
$B.set_lineno(frame,80)
$B.$import_from("chatkit.rules.variables",'check_variables',{check_variables:[locals_chatkit_browser__v2_check_variables,'check']},0,locals,1)
$B.set_lineno(frame,82)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__v2.report_and_problems,3,$B.$call_with_position(locals.check,5,locals.variables)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_variables11.$function_infos=['chatkit.browser._v2','check_variables','check_variables',__file__,_b_.None,_b_.None,'',['variables'],null,null,
1,78,3,[],0,0,['variables'],false,[],frame]
$B.set_func_attrs(check_variables11,frame,'chatkit.browser._v2')
check_variables11.ob_type=$B.function
check_variables11.__annotate__=_b_.None
locals_chatkit_browser__v2.check_variables=check_variables11
$B.set_lineno(frame,85)
function check_quick_replies12(_replies,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_browser__v2_check_quick_replies=locals={replies:_replies,call:_call}
}else{
var locals_chatkit_browser__v2_check_quick_replies=locals=$B.args_parser(check_quick_replies12,arguments)
}
var frame=["check_quick_replies",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,check_quick_replies12]
$B.enter_frame(frame,__file__,85)
try{
$B.js_this=this
$B.set_lineno(frame,87)
$B.$import_from("chatkit.rules.chatapp",'check_quick_replies',{check_quick_replies:[locals_chatkit_browser__v2_check_quick_replies,'check']},0,locals,1)
$B.set_lineno(frame,89)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals.check,3,locals.replies,locals.call))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_quick_replies12.$function_infos=['chatkit.browser._v2','check_quick_replies','check_quick_replies',__file__,_b_.None,_b_.None,'',['replies','call'],null,null,
2,85,3,[],0,0,['replies','call'],false,[],frame]
$B.set_func_attrs(check_quick_replies12,frame,'chatkit.browser._v2')
check_quick_replies12.ob_type=$B.function
check_quick_replies12.__annotate__=_b_.None
locals_chatkit_browser__v2.check_quick_replies=check_quick_replies12
$B.set_lineno(frame,92)
function check_toggle13(_value,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_browser__v2_check_toggle=locals={value:_value,call:_call}
}else{
var locals_chatkit_browser__v2_check_toggle=locals=$B.args_parser(check_toggle13,arguments)
}
var frame=["check_toggle",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,check_toggle13]
$B.enter_frame(frame,__file__,92)
try{
$B.js_this=this
$B.set_lineno(frame,94)
$B.$import_from("chatkit.rules.chatapp",'check_toggle',{check_toggle:[locals_chatkit_browser__v2_check_toggle,'check']},0,locals,1)
$B.set_lineno(frame,96)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals.check,3,locals.value,locals.call))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_toggle13.$function_infos=['chatkit.browser._v2','check_toggle','check_toggle',__file__,_b_.None,_b_.None,'',['value','call'],null,null,
2,92,3,[],0,0,['value','call'],false,[],frame]
$B.set_func_attrs(check_toggle13,frame,'chatkit.browser._v2')
check_toggle13.ob_type=$B.function
check_toggle13.__annotate__=_b_.None
locals_chatkit_browser__v2.check_toggle=check_toggle13
$B.set_lineno(frame,99,'ClassDef')
var Handler14=(function(name,bases,keywords){
$B.frame_obj.frame.inum=7
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Handler",bases,resolved_bases)
var locals_chatkit_browser__v2_Handler=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__v2_Handler
locals.__doc__=''
locals.__module__='chatkit.browser._v2'
locals.__firstlineno__=99
var frame=[name,locals,'chatkit.browser._v2',locals_chatkit_browser__v2]
$B.enter_frame(frame,__file__,99)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,102)
function __init__15(_self,_delivers,_deliver){
var locals
if(arguments.length==3&&!_deliver?.$kw){
var locals_chatkit_browser__v2_Handler___init__=locals={self:_self,delivers:_delivers,deliver:_deliver}
}else{
var locals_chatkit_browser__v2_Handler___init__=locals=$B.args_parser(__init__15,arguments)
}
var frame=["__init__",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,__init__15]
$B.enter_frame(frame,__file__,102)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__15,locals_chatkit_browser__v2,"Handler",['Handler'])
$B.set_lineno(frame,103)
$B.$setattr1(locals.self,"_delivers",locals.delivers,1)
$B.set_lineno(frame,104)
$B.$setattr1(locals.self,"_deliver",locals.deliver,3)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__15.$is_method=true
__init__15.$function_infos=['chatkit.browser._v2','__init__','Handler.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','delivers','deliver'],null,null,
3,102,3,[],0,0,['self','delivers','deliver'],false,[],frame]
$B.set_func_attrs(__init__15,frame,'chatkit.browser._v2')
__init__15.ob_type=$B.function
__init__15.__annotate__=_b_.None
locals_chatkit_browser__v2_Handler.__init__=__init__15
$B.set_lineno(frame,106)
function remove16(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__v2_Handler_remove=locals={self:_self}
}else{
var locals_chatkit_browser__v2_Handler_remove=locals=$B.args_parser(remove16,arguments)
}
var frame=["remove",locals,"chatkit.browser._v2",locals_chatkit_browser__v2,remove16]
$B.enter_frame(frame,__file__,106)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(remove16,locals_chatkit_browser__v2,"Handler",['Handler'])
frame.$lineno=108
var no_break_17=true,
iterator_17=$B.$call_with_position(_b_.enumerate,1,$B.$getattr_pep657(locals.self,'_delivers',3))
iterator_17[$B.INUM]=5
for(var next_17 of $B.make_js_iterator(iterator_17,frame,108)){
var v18=next_17
var it_19=$B.unpacker(v18,2,false,7)
locals_chatkit_browser__v2_Handler_remove.index=it_19.read_one()
locals_chatkit_browser__v2_Handler_remove.deliver=it_19.read_one()
if($B.set_lineno(frame,109)&&$B.$bool($B.$is(locals.deliver,$B.$getattr_pep657(locals_chatkit_browser__v2_Handler_remove.self,'_deliver',9)))){
$B.set_lineno(frame,110)
$B.$delitem($B.$getattr_pep657(locals_chatkit_browser__v2_Handler_remove.self,'_delivers',13),locals_chatkit_browser__v2_Handler_remove.index,11)
$B.set_lineno(frame,111)
return $B.trace_return_and_leave(frame,_b_.None)
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
remove16.$is_method=true
remove16.$function_infos=['chatkit.browser._v2','remove','Handler.remove',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,106,3,[],0,0,['self','index','deliver'],false,[],frame]
$B.set_func_attrs(remove16,frame,'chatkit.browser._v2')
remove16.ob_type=$B.function
remove16.__annotate__=_b_.None
locals_chatkit_browser__v2_Handler.remove=remove16
locals.__static_attributes__=$B.fast_tuple(["_delivers","_deliver"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Handler',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Handler',$B.fast_tuple([]),{})
locals_chatkit_browser__v2.Handler=Handler14
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__v2
});
__chatkitModules["chatkit.browser._chat"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__chat=$B.namespace("chatkit.browser._chat"),
locals=locals_chatkit_browser__chat,
frame=["chatkit.browser._chat",locals,"chatkit.browser._chat",locals]
var __file__=locals.__file__="VFS.chatkit.browser._chat.py"
locals.__name__="chatkit.browser._chat"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,19)
$B.$import_from("chatkit.browser._availability",'EVENT',{EVENT:[locals_chatkit_browser__chat,'AVAILABILITY']},0,locals,1)
$B.set_lineno(frame,20)
$B.$import_from("chatkit.browser._availability",'Availability',{},0,locals,3)
$B.set_lineno(frame,21)
$B.$import_from("chatkit.browser._checks",'check_customer_info',{},0,locals,5)
$B.$import_from("chatkit.browser._checks",'check_dict',{},0,locals,5)
$B.$import_from("chatkit.browser._checks",'check_language',{},0,locals,5)
$B.set_lineno(frame,22)
$B.$import_from("chatkit.browser._link",'Link',{},0,locals,7)
$B.set_lineno(frame,23)
$B.$import_from("chatkit.browser._subscription",'Subscription',{},0,locals,9)
$B.set_lineno(frame,24)
$B.$import_from("chatkit.browser.versions",'ALIASES',{},0,locals,11)
$B.$import_from("chatkit.browser.versions",'APIS',{},0,locals,11)
$B.$import_from("chatkit.browser.versions",'CALLS',{},0,locals,11)
$B.$import_from("chatkit.browser.versions",'EVENTS',{},0,locals,11)
$B.$import_from("chatkit.browser.versions",'V1',{},0,locals,11)
$B.$import_from("chatkit.browser.versions",'V2',{},0,locals,11)
$B.set_lineno(frame,25)
$B.$import_from("chatkit.errors",'ChatkitError',{},0,locals,13)
$B.$import_from("chatkit.errors",'Problem',{},0,locals,13)
$B.$import_from("chatkit.errors",'ValidationError',{},0,locals,13)
$B.set_lineno(frame,26)
$B.$import_from("chatkit.rules.customer",'InfoReport',{},0,locals,15)
$B.set_lineno(frame,28)
locals_chatkit_browser__chat._adapters=_b_.dict.$literal([])
$B.set_lineno(frame,31)
function adapter1(_api){
var locals
if(arguments.length==1&&!_api?.$kw){
var locals_chatkit_browser__chat_adapter=locals={api:_api}
}else{
var locals_chatkit_browser__chat_adapter=locals=$B.args_parser(adapter1,arguments)
}
var frame=["adapter",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,adapter1]
$B.enter_frame(frame,__file__,31)
try{
$B.js_this=this
$B.set_lineno(frame,40)
locals_chatkit_browser__chat_adapter.module=$B.call_attr(locals_chatkit_browser__chat._adapters,'get',1,locals.api)
if($B.set_lineno(frame,41)&&$B.$bool($B.$is(locals.module,_b_.None))){
if($B.set_lineno(frame,42)&&$B.$bool($B.rich_comp('__eq__',locals_chatkit_browser__chat_adapter.api,locals_chatkit_browser__chat.V2))){
$B.set_lineno(frame,43)
$B.import("chatkit.browser._v2",[],{'chatkit.browser._v2':[locals_chatkit_browser__chat_adapter,'module']},locals_chatkit_browser__chat_adapter,3)
}else{
$B.set_lineno(frame,45)
$B.import("chatkit.browser._v1",[],{'chatkit.browser._v1':[locals_chatkit_browser__chat_adapter,'module']},locals_chatkit_browser__chat_adapter,5)
}
$B.set_lineno(frame,46)
$B.$setitem(locals_chatkit_browser__chat._adapters,locals_chatkit_browser__chat_adapter.api,locals_chatkit_browser__chat_adapter.module,7)
}
$B.set_lineno(frame,47)
return $B.trace_return_and_leave(frame,locals.module)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
adapter1.$function_infos=['chatkit.browser._chat','adapter','adapter',__file__,_b_.None,_b_.None,'',['api'],null,null,
1,31,3,[],0,0,['api','module'],false,[],frame]
$B.set_func_attrs(adapter1,frame,'chatkit.browser._chat')
adapter1.ob_type=$B.function
adapter1.__annotate__=_b_.None
locals_chatkit_browser__chat.adapter=adapter1
$B.set_lineno(frame,50,'ClassDef')
var PrintLogger2=(function(name,bases,keywords){
$B.frame_obj.frame.inum=17
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"PrintLogger",bases,resolved_bases)
var locals_chatkit_browser__chat_PrintLogger=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_PrintLogger
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=50
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,50)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,53)
function warn3(_self,_message){
var locals
if(arguments.length==2&&!_message?.$kw){
var locals_chatkit_browser__chat_PrintLogger_warn=locals={self:_self,message:_message}
}else{
var locals_chatkit_browser__chat_PrintLogger_warn=locals=$B.args_parser(warn3,arguments)
}
var frame=["warn",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,warn3]
$B.enter_frame(frame,__file__,53)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warn3,locals_chatkit_browser__chat,"PrintLogger",['PrintLogger'])
$B.set_lineno(frame,54);
$B.$call_with_position(_b_.print,1,$B.rich_op('__add__','chatkit: ',locals.message,3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warn3.$is_method=true
warn3.$function_infos=['chatkit.browser._chat','warn','PrintLogger.warn',__file__,_b_.None,_b_.None,_b_.None,['self','message'],null,null,
2,53,3,[],0,0,['self','message'],false,[],frame]
$B.set_func_attrs(warn3,frame,'chatkit.browser._chat')
warn3.ob_type=$B.function
warn3.__annotate__=_b_.None
locals_chatkit_browser__chat_PrintLogger.warn=warn3
$B.set_lineno(frame,56)
function error4(_self,_message,_error){
var locals
var locals_chatkit_browser__chat_PrintLogger_error=locals=$B.args_parser(error4,arguments)
var frame=["error",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,error4]
$B.enter_frame(frame,__file__,56)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(error4,locals_chatkit_browser__chat,"PrintLogger",['PrintLogger'])
$B.set_lineno(frame,57);
$B.$call_with_position(_b_.print,1,($B.$bool(!$B.$is(locals.error,_b_.None))?$B.rich_op('__mod__','chatkit: %s: %r',$B.fast_tuple([locals.message,locals.error]),3):$B.rich_op('__add__','chatkit: ',locals.message,5)))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
error4.$is_method=true
error4.$function_infos=['chatkit.browser._chat','error','PrintLogger.error',__file__,[_b_.None],_b_.None,_b_.None,['self','message','error'],null,null,
3,56,3,[],0,0,['self','message','error'],false,[],frame]
$B.set_func_attrs(error4,frame,'chatkit.browser._chat')
error4.ob_type=$B.function
error4.__annotate__=_b_.None
locals_chatkit_browser__chat_PrintLogger.error=error4
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('PrintLogger',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('PrintLogger',$B.fast_tuple([]),{})
locals_chatkit_browser__chat.PrintLogger=PrintLogger2
$B.set_lineno(frame,60,'ClassDef')
var Customer5=(function(name,bases,keywords){
$B.frame_obj.frame.inum=19
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Customer",bases,resolved_bases)
var locals_chatkit_browser__chat_Customer=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_Customer
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=60
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,60)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,63)
function __init__6(_self,_chat){
var locals
if(arguments.length==2&&!_chat?.$kw){
var locals_chatkit_browser__chat_Customer___init__=locals={self:_self,chat:_chat}
}else{
var locals_chatkit_browser__chat_Customer___init__=locals=$B.args_parser(__init__6,arguments)
}
var frame=["__init__",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,__init__6]
$B.enter_frame(frame,__file__,63)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__6,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,64)
$B.$setattr1(locals.self,"_chat",locals.chat,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__6.$is_method=true
__init__6.$function_infos=['chatkit.browser._chat','__init__','Customer.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','chat'],null,null,
2,63,3,[],0,0,['self','chat'],false,[],frame]
$B.set_func_attrs(__init__6,frame,'chatkit.browser._chat')
__init__6.ob_type=$B.function
__init__6.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.__init__=__init__6
$B.set_lineno(frame,66)
function set_info7(_self,_info){
var locals
if(arguments.length==2&&!_info?.$kw){
var locals_chatkit_browser__chat_Customer_set_info=locals={self:_self,info:_info}
}else{
var locals_chatkit_browser__chat_Customer_set_info=locals=$B.args_parser(set_info7,arguments)
}
var frame=["set_info",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_info7]
$B.enter_frame(frame,__file__,66)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_info7,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,73)
locals_chatkit_browser__chat_Customer_set_info.native=$B.call_attr($B.$getattr_pep657(locals.self,'_chat',3),'_native',1,'customer.set_info')
$B.set_lineno(frame,74)
locals_chatkit_browser__chat_Customer_set_info.problems=$B.$call_with_position(locals_chatkit_browser__chat.check_dict,5,locals.info,'chat.customer.set_info')
if($B.set_lineno(frame,75)&&$B.$bool(locals.problems)){
$B.set_lineno(frame,76);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.self,'_chat',9),'_reject',7,locals_chatkit_browser__chat_Customer_set_info.problems,locals_chatkit_browser__chat_Customer_set_info.native)
$B.set_lineno(frame,77)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__chat.InfoReport,11,))
}
$B.set_lineno(frame,78)
var v8=$B.$call_with_position(locals_chatkit_browser__chat.check_customer_info,13,$B.call_attr($B.$getattr_pep657(locals.self,'_chat',17),'_from_page',15,locals.info))
var it_9=$B.unpacker(v8,2,false,19)
locals_chatkit_browser__chat_Customer_set_info.report=it_9.read_one()
var $temp=it_9.read_one()
$B.delete_for_reassign('problems',locals_chatkit_browser__chat_Customer_set_info)
locals_chatkit_browser__chat_Customer_set_info.problems=$temp
$B.set_lineno(frame,79);
$B.call_attr($B.$getattr_pep657(locals.self,'_chat',23),'_reject',21,locals.problems,locals.native)
if($B.set_lineno(frame,80)&&$B.$bool($B.$getattr_pep657(locals.report,'accepted',25))){
$B.set_lineno(frame,81);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.self,'_chat',29),'_send',27,locals_chatkit_browser__chat_Customer_set_info.native,$B.$call_with_position(_b_.dict,31,$B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.report,'accepted',33)))
}
$B.set_lineno(frame,82)
return $B.trace_return_and_leave(frame,locals.report)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_info7.$is_method=true
set_info7.$function_infos=['chatkit.browser._chat','set_info','Customer.set_info',__file__,_b_.None,_b_.None,'',['self','info'],null,null,
2,66,3,[],0,0,['self','info','native','problems','report'],false,[],frame]
$B.set_func_attrs(set_info7,frame,'chatkit.browser._chat')
set_info7.ob_type=$B.function
set_info7.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.set_info=set_info7
$B.set_lineno(frame,84)
function reset_info10(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Customer_reset_info=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Customer_reset_info=locals=$B.args_parser(reset_info10,arguments)
}
var frame=["reset_info",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,reset_info10]
$B.enter_frame(frame,__file__,84)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(reset_info10,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,89);
$B.call_attr($B.$getattr_pep657(locals.self,'_chat',3),'_send',1,$B.call_attr($B.$getattr_pep657(locals.self,'_chat',7),'_native',5,'customer.reset_info'))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
reset_info10.$is_method=true
reset_info10.$function_infos=['chatkit.browser._chat','reset_info','Customer.reset_info',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,84,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(reset_info10,frame,'chatkit.browser._chat')
reset_info10.ob_type=$B.function
reset_info10.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.reset_info=reset_info10
locals.__static_attributes__=$B.fast_tuple(["_chat"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Customer',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Customer',$B.fast_tuple([]),{})
locals_chatkit_browser__chat.Customer=Customer5
$B.set_lineno(frame,92,'ClassDef')
var Chat11=(function(name,bases,keywords){
$B.frame_obj.frame.inum=21
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Chat",bases,resolved_bases)
var locals_chatkit_browser__chat_Chat=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_Chat
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=92
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,92)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,102)
function __init__12(_self,_logger,_page_value,_api){
var locals
var locals_chatkit_browser__chat_Chat___init__=locals=$B.args_parser(__init__12,arguments)
var frame=["__init__",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,__init__12]
$B.enter_frame(frame,__file__,102)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__12,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,103)
$B.$setattr1(locals.self,"strict",false,1)
$B.set_lineno(frame,104)
$B.$setattr1(locals.self,"customer",$B.$call_with_position(locals_chatkit_browser__chat.Customer,3,locals.self),5)
$B.set_lineno(frame,107)
$B.$setattr1(locals.self,"page_value",locals.page_value,7)
$B.set_lineno(frame,108)
$B.$setattr1(locals.self,"_link",$B.$call_with_position(locals_chatkit_browser__chat.Link,9,($B.$bool(locals.$test=locals.logger)?locals.$test:$B.$call_with_position(locals_chatkit_browser__chat.PrintLogger,11,))),13)
$B.set_lineno(frame,109)
$B.$setattr1(locals.self,"_availability",$B.$call_with_position(locals_chatkit_browser__chat.Availability,15,$B.$getattr_pep657(locals.self,'_link',17)),19)
$B.set_lineno(frame,110)
$B.$setattr1(locals.self,"_api",locals_chatkit_browser__chat.V1,21)
$B.set_lineno(frame,111)
$B.$setattr1(locals.self,"api",locals.api,23)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__12.$is_method=true
__init__12.$function_infos=['chatkit.browser._chat','__init__','Chat.__init__',__file__,[_b_.None,_b_.None,locals_chatkit_browser__chat.V1],_b_.None,_b_.None,['self','logger','page_value','api'],null,null,
4,102,3,[],0,0,['self','logger','page_value','api'],false,[],frame]
$B.set_func_attrs(__init__12,frame,'chatkit.browser._chat')
__init__12.ob_type=$B.function
__init__12.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.__init__=__init__12
$B.set_lineno(frame,113)
var decorator13=_b_.property
$B.set_lineno(frame,114)
function api14(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_api=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_api=locals=$B.args_parser(api14,arguments)
}
var frame=["api",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,api14]
$B.enter_frame(frame,__file__,114)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(api14,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,116)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657(locals.self,'_api',1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
api14.$is_method=true
api14.$function_infos=['chatkit.browser._chat','api','Chat.api',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,114,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(api14,frame,'chatkit.browser._chat')
api14.ob_type=$B.function
api14.__annotate__=_b_.None
var decorated15=api14
locals_chatkit_browser__chat_Chat.api=$B.$call(decorator13,decorated15)
$B.set_lineno(frame,118)
var decorator16=$B.$getattr_pep657(locals.api,'setter',1)
$B.set_lineno(frame,119)
function api17(_self,_api){
var locals
if(arguments.length==2&&!_api?.$kw){
var locals_chatkit_browser__chat_Chat_api=locals={self:_self,api:_api}
}else{
var locals_chatkit_browser__chat_Chat_api=locals=$B.args_parser(api17,arguments)
}
var frame=["api",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,api17]
$B.enter_frame(frame,__file__,119)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(api17,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,120)&&$B.$bool(!$B.$is_member(locals.api,locals_chatkit_browser__chat.APIS))){
$B.set_lineno(frame,121)
$B.$raise($B.$call_with_position(locals_chatkit_browser__chat.ChatkitError,1,$B.rich_op('__mod__','chat.api must be "v1" or "v2", not %r',$B.fast_tuple([locals_chatkit_browser__chat_Chat_api.api]),3)))
}
if($B.set_lineno(frame,122)&&($B.$bool($B.rich_comp('__ne__',locals.api,$B.$getattr_pep657(locals.self,'_api',5)))&&$B.$bool(($B.$bool(locals.$test=$B.$getattr_pep657(locals.self,'ready',7))?locals.$test:$B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',11),'pending',9))))){
$B.set_lineno(frame,123)
$B.$raise($B.$call_with_position(locals_chatkit_browser__chat.ChatkitError,13,$B.rich_op('__mod__','chat.api is "%s": it can change only before the first call',$B.$getattr_pep657(locals_chatkit_browser__chat_Chat_api.self,'_api',17),15)))
}
$B.set_lineno(frame,125)
$B.$setattr1(locals.self,"_api",locals.api,19)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
api17.$is_method=true
api17.$function_infos=['chatkit.browser._chat','api','Chat.api',__file__,_b_.None,_b_.None,_b_.None,['self','api'],null,null,
2,119,3,[],0,0,['self','api'],false,[],frame]
$B.set_func_attrs(api17,frame,'chatkit.browser._chat')
api17.ob_type=$B.function
api17.__annotate__=_b_.None
var decorated18=api17
locals_chatkit_browser__chat_Chat.api=$B.$call(decorator16,decorated18)
$B.set_lineno(frame,127)
var decorator19=_b_.property
$B.set_lineno(frame,128)
function logger20(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_logger=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_logger=locals=$B.args_parser(logger20,arguments)
}
var frame=["logger",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,logger20]
$B.enter_frame(frame,__file__,128)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(logger20,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,130)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',3),'logger',1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
logger20.$is_method=true
logger20.$function_infos=['chatkit.browser._chat','logger','Chat.logger',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,128,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(logger20,frame,'chatkit.browser._chat')
logger20.ob_type=$B.function
logger20.__annotate__=_b_.None
var decorated21=logger20
locals_chatkit_browser__chat_Chat.logger=$B.$call(decorator19,decorated21)
$B.set_lineno(frame,132)
var decorator22=$B.$getattr_pep657(locals.logger,'setter',3)
$B.set_lineno(frame,133)
function logger23(_self,_logger){
var locals
if(arguments.length==2&&!_logger?.$kw){
var locals_chatkit_browser__chat_Chat_logger=locals={self:_self,logger:_logger}
}else{
var locals_chatkit_browser__chat_Chat_logger=locals=$B.args_parser(logger23,arguments)
}
var frame=["logger",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,logger23]
$B.enter_frame(frame,__file__,133)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(logger23,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,134)
$B.$setattr1($B.$getattr_pep657(locals.self,'_link',3),"logger",locals.logger,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
logger23.$is_method=true
logger23.$function_infos=['chatkit.browser._chat','logger','Chat.logger',__file__,_b_.None,_b_.None,_b_.None,['self','logger'],null,null,
2,133,3,[],0,0,['self','logger'],false,[],frame]
$B.set_func_attrs(logger23,frame,'chatkit.browser._chat')
logger23.ob_type=$B.function
logger23.__annotate__=_b_.None
var decorated24=logger23
locals_chatkit_browser__chat_Chat.logger=$B.$call(decorator22,decorated24)
$B.set_lineno(frame,136)
var decorator25=_b_.property
$B.set_lineno(frame,137)
function ready26(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_ready=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_ready=locals=$B.args_parser(ready26,arguments)
}
var frame=["ready",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,ready26]
$B.enter_frame(frame,__file__,137)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(ready26,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,139)
return $B.trace_return_and_leave(frame,!$B.$is($B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',3),'driver',1),_b_.None))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
ready26.$is_method=true
ready26.$function_infos=['chatkit.browser._chat','ready','Chat.ready',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,137,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(ready26,frame,'chatkit.browser._chat')
ready26.ob_type=$B.function
ready26.__annotate__=_b_.None
var decorated27=ready26
locals_chatkit_browser__chat_Chat.ready=$B.$call(decorator25,decorated27)
$B.set_lineno(frame,141)
function attach28(_self,_target){
var locals
if(arguments.length==2&&!_target?.$kw){
var locals_chatkit_browser__chat_Chat_attach=locals={self:_self,target:_target}
}else{
var locals_chatkit_browser__chat_Chat_attach=locals=$B.args_parser(attach28,arguments)
}
var frame=["attach",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,attach28]
$B.enter_frame(frame,__file__,141)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(attach28,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,148)
locals_chatkit_browser__chat_Chat_attach.current=$B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',3),'driver',1)
if($B.set_lineno(frame,149)&&($B.$bool(!$B.$is(locals.current,_b_.None))&&$B.$bool($B.$is($B.$getattr_pep657(locals.current,'target',5),locals.target)))){
$B.set_lineno(frame,150)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,151)
locals_chatkit_browser__chat_Chat_attach.driver=$B.$getattr_pep657($B.$call_with_position(locals_chatkit_browser__chat.adapter,9,$B.$getattr_pep657(locals.self,'api',11)),'Driver',7)
if($B.set_lineno(frame,152)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.hasattr,13,locals.target,$B.$getattr_pep657(locals.driver,'HAS',15))))){
$B.set_lineno(frame,153)
$B.$raise($B.$call_with_position(locals_chatkit_browser__chat.ChatkitError,17,$B.rich_op('__mod__','chat.attach: the %s chat hands over %s, not %r',$B.fast_tuple([$B.$getattr_pep657(locals_chatkit_browser__chat_Chat_attach.self,'api',21),$B.$getattr_pep657(locals_chatkit_browser__chat_Chat_attach.driver,'HANDED_OVER',23),locals_chatkit_browser__chat_Chat_attach.target]),19)))
}
$B.set_lineno(frame,155);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',27),'attach',25,$B.$call_with_position(locals.driver,29,locals.target))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
attach28.$is_method=true
attach28.$function_infos=['chatkit.browser._chat','attach','Chat.attach',__file__,_b_.None,_b_.None,'',['self','target'],null,null,
2,141,3,[],0,0,['self','target','current','driver'],false,[],frame]
$B.set_func_attrs(attach28,frame,'chatkit.browser._chat')
attach28.ob_type=$B.function
attach28.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.attach=attach28
$B.set_lineno(frame,157)
function set_language29(_self,_tag){
var locals
if(arguments.length==2&&!_tag?.$kw){
var locals_chatkit_browser__chat_Chat_set_language=locals={self:_self,tag:_tag}
}else{
var locals_chatkit_browser__chat_Chat_set_language=locals=$B.args_parser(set_language29,arguments)
}
var frame=["set_language",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_language29]
$B.enter_frame(frame,__file__,157)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_language29,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,165)
locals_chatkit_browser__chat_Chat_set_language.native=$B.call_attr(locals.self,'_native',1,'set_language')
$B.set_lineno(frame,166)
var v30=$B.$call_with_position(locals_chatkit_browser__chat.check_language,3,locals.tag)
var it_31=$B.unpacker(v30,2,false,5)
locals_chatkit_browser__chat_Chat_set_language.code=it_31.read_one()
locals_chatkit_browser__chat_Chat_set_language.problems=it_31.read_one()
$B.set_lineno(frame,167);
$B.call_attr(locals.self,'_reject',7,locals.problems,locals.native)
if($B.set_lineno(frame,168)&&$B.$bool($B.$is(locals.code,_b_.None))){
$B.set_lineno(frame,169)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,170);
$B.call_attr(locals.self,'_send',9,locals.native,locals.code)
$B.set_lineno(frame,171)
return $B.trace_return_and_leave(frame,locals.code)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_language29.$is_method=true
set_language29.$function_infos=['chatkit.browser._chat','set_language','Chat.set_language',__file__,_b_.None,_b_.None,'',['self','tag'],null,null,
2,157,3,[],0,0,['self','tag','native','code','problems'],false,[],frame]
$B.set_func_attrs(set_language29,frame,'chatkit.browser._chat')
set_language29.ob_type=$B.function
set_language29.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_language=set_language29
$B.set_lineno(frame,173)
function set_variables32(_self,_variables){
var locals
if(arguments.length==2&&!_variables?.$kw){
var locals_chatkit_browser__chat_Chat_set_variables=locals={self:_self,variables:_variables}
}else{
var locals_chatkit_browser__chat_Chat_set_variables=locals=$B.args_parser(set_variables32,arguments)
}
var frame=["set_variables",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_variables32]
$B.enter_frame(frame,__file__,173)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_variables32,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,179)
locals_chatkit_browser__chat_Chat_set_variables.native=$B.call_attr(locals.self,'_native',1,'set_variables')
$B.set_lineno(frame,180)
locals_chatkit_browser__chat_Chat_set_variables.problems=$B.$call_with_position(locals_chatkit_browser__chat.check_dict,3,locals.variables,'chat.set_variables')
if($B.set_lineno(frame,181)&&$B.$bool(locals.problems)){
$B.set_lineno(frame,182);
$B.call_attr(locals_chatkit_browser__chat_Chat_set_variables.self,'_reject',5,locals_chatkit_browser__chat_Chat_set_variables.problems,locals_chatkit_browser__chat_Chat_set_variables.native)
$B.set_lineno(frame,183)
return $B.trace_return_and_leave(frame,_b_.dict.$literal([]))
}
$B.set_lineno(frame,184)
var v33=$B.call_attr($B.$call_with_position(locals_chatkit_browser__chat.adapter,9,$B.$getattr_pep657(locals.self,'api',11)),'check_variables',7,$B.call_attr(locals.self,'_from_page',13,locals.variables))
var it_34=$B.unpacker(v33,2,false,15)
locals_chatkit_browser__chat_Chat_set_variables.payload=it_34.read_one()
var $temp=it_34.read_one()
$B.delete_for_reassign('problems',locals_chatkit_browser__chat_Chat_set_variables)
locals_chatkit_browser__chat_Chat_set_variables.problems=$temp
$B.set_lineno(frame,185);
$B.call_attr(locals.self,'_reject',17,locals.problems,locals.native)
if($B.set_lineno(frame,186)&&$B.$bool(locals.payload)){
$B.set_lineno(frame,187);
$B.call_attr(locals_chatkit_browser__chat_Chat_set_variables.self,'_send',19,locals_chatkit_browser__chat_Chat_set_variables.native,locals_chatkit_browser__chat_Chat_set_variables.payload)
}
$B.set_lineno(frame,188)
return $B.trace_return_and_leave(frame,locals.payload)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_variables32.$is_method=true
set_variables32.$function_infos=['chatkit.browser._chat','set_variables','Chat.set_variables',__file__,_b_.None,_b_.None,'',['self','variables'],null,null,
2,173,3,[],0,0,['self','variables','native','problems','payload'],false,[],frame]
$B.set_func_attrs(set_variables32,frame,'chatkit.browser._chat')
set_variables32.ob_type=$B.function
set_variables32.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_variables=set_variables32
$B.set_lineno(frame,190)
function trigger_invitation35(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_invitation=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_invitation=locals=$B.args_parser(trigger_invitation35,arguments)
}
var frame=["trigger_invitation",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_invitation35]
$B.enter_frame(frame,__file__,190)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_invitation35,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,192);
$B.call_attr(locals.self,'_send',1,$B.call_attr(locals.self,'_native',3,'trigger_invitation'))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_invitation35.$is_method=true
trigger_invitation35.$function_infos=['chatkit.browser._chat','trigger_invitation','Chat.trigger_invitation',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,190,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_invitation35,frame,'chatkit.browser._chat')
trigger_invitation35.ob_type=$B.function
trigger_invitation35.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_invitation=trigger_invitation35
$B.set_lineno(frame,194)
function trigger_pre_chat36(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_pre_chat=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_pre_chat=locals=$B.args_parser(trigger_pre_chat36,arguments)
}
var frame=["trigger_pre_chat",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_pre_chat36]
$B.enter_frame(frame,__file__,194)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_pre_chat36,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,196);
$B.call_attr(locals.self,'_send',1,$B.call_attr(locals.self,'_native',3,'trigger_pre_chat'))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_pre_chat36.$is_method=true
trigger_pre_chat36.$function_infos=['chatkit.browser._chat','trigger_pre_chat','Chat.trigger_pre_chat',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,194,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_pre_chat36,frame,'chatkit.browser._chat')
trigger_pre_chat36.ob_type=$B.function
trigger_pre_chat36.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_pre_chat=trigger_pre_chat36
$B.set_lineno(frame,198)
function trigger_chat_window37(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_chat_window=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_chat_window=locals=$B.args_parser(trigger_chat_window37,arguments)
}
var frame=["trigger_chat_window",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_chat_window37]
$B.enter_frame(frame,__file__,198)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_chat_window37,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,200);
$B.call_attr(locals.self,'_send',1,$B.call_attr(locals.self,'_native',3,'trigger_chat_window'))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_chat_window37.$is_method=true
trigger_chat_window37.$function_infos=['chatkit.browser._chat','trigger_chat_window','Chat.trigger_chat_window',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,198,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_chat_window37,frame,'chatkit.browser._chat')
trigger_chat_window37.ob_type=$B.function
trigger_chat_window37.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_chat_window=trigger_chat_window37
$B.set_lineno(frame,202)
function end38(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_end=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_end=locals=$B.args_parser(end38,arguments)
}
var frame=["end",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,end38]
$B.enter_frame(frame,__file__,202)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(end38,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,205);
$B.call_attr(locals.self,'_send',1,$B.call_attr(locals.self,'_native',3,'end'))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
end38.$is_method=true
end38.$function_infos=['chatkit.browser._chat','end','Chat.end',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,202,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(end38,frame,'chatkit.browser._chat')
end38.ob_type=$B.function
end38.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.end=end38
$B.set_lineno(frame,207)
function set_quick_replies39(_self,_replies){
var locals
if(arguments.length==2&&!_replies?.$kw){
var locals_chatkit_browser__chat_Chat_set_quick_replies=locals={self:_self,replies:_replies}
}else{
var locals_chatkit_browser__chat_Chat_set_quick_replies=locals=$B.args_parser(set_quick_replies39,arguments)
}
var frame=["set_quick_replies",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_quick_replies39]
$B.enter_frame(frame,__file__,207)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_quick_replies39,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,213)
locals_chatkit_browser__chat_Chat_set_quick_replies.native=$B.call_attr(locals.self,'_native',1,'set_quick_replies')
if($B.set_lineno(frame,214)&&$B.$bool($B.$is(locals.native,_b_.None))){
$B.set_lineno(frame,215)
return $B.trace_return_and_leave(frame,$B.$list([]))
}
if($B.set_lineno(frame,216)&&$B.$bool(!$B.$is($B.$getattr_pep657(locals.self,'page_value',3),_b_.None))){
$B.set_lineno(frame,217)
locals_chatkit_browser__chat_Chat_set_quick_replies.replies=$B.call_attr(locals_chatkit_browser__chat_Chat_set_quick_replies.self,'page_value',5,locals_chatkit_browser__chat_Chat_set_quick_replies.replies)
}
$B.set_lineno(frame,219)
var v40=$B.call_attr($B.$call_with_position(locals_chatkit_browser__chat.adapter,9,$B.$getattr_pep657(locals.self,'api',11)),'check_quick_replies',7,locals.replies,'chat.set_quick_replies')
var it_41=$B.unpacker(v40,2,false,13)
locals_chatkit_browser__chat_Chat_set_quick_replies.payload=it_41.read_one()
locals_chatkit_browser__chat_Chat_set_quick_replies.problems=it_41.read_one()
$B.set_lineno(frame,221);
$B.call_attr(locals.self,'_reject',15,locals.problems,locals.native)
if($B.set_lineno(frame,222)&&$B.$bool($B.$is(locals.payload,_b_.None))){
$B.set_lineno(frame,223)
return $B.trace_return_and_leave(frame,$B.$list([]))
}
$B.set_lineno(frame,224);
$B.call_attr(locals.self,'_send',17,locals.native,locals.payload)
$B.set_lineno(frame,225)
return $B.trace_return_and_leave(frame,locals.payload)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_quick_replies39.$is_method=true
set_quick_replies39.$function_infos=['chatkit.browser._chat','set_quick_replies','Chat.set_quick_replies',__file__,_b_.None,_b_.None,'',['self','replies'],null,null,
2,207,3,[],0,0,['self','replies','native','payload','problems'],false,[],frame]
$B.set_func_attrs(set_quick_replies39,frame,'chatkit.browser._chat')
set_quick_replies39.ob_type=$B.function
set_quick_replies39.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_quick_replies=set_quick_replies39
$B.set_lineno(frame,227)
function set_sound42(_self,_enabled){
var locals
if(arguments.length==2&&!_enabled?.$kw){
var locals_chatkit_browser__chat_Chat_set_sound=locals={self:_self,enabled:_enabled}
}else{
var locals_chatkit_browser__chat_Chat_set_sound=locals=$B.args_parser(set_sound42,arguments)
}
var frame=["set_sound",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_sound42]
$B.enter_frame(frame,__file__,227)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_sound42,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,233)
locals_chatkit_browser__chat_Chat_set_sound.native=$B.call_attr(locals.self,'_native',1,'set_sound')
if($B.set_lineno(frame,234)&&$B.$bool($B.$is(locals.native,_b_.None))){
$B.set_lineno(frame,235)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,236)
var v43=$B.call_attr($B.$call_with_position(locals_chatkit_browser__chat.adapter,5,$B.$getattr_pep657(locals.self,'api',7)),'check_toggle',3,locals.enabled,'chat.set_sound')
var it_44=$B.unpacker(v43,2,false,9)
locals_chatkit_browser__chat_Chat_set_sound.value=it_44.read_one()
locals_chatkit_browser__chat_Chat_set_sound.problems=it_44.read_one()
$B.set_lineno(frame,237);
$B.call_attr(locals.self,'_reject',11,locals.problems,locals.native)
if($B.set_lineno(frame,238)&&$B.$bool($B.$is(locals.value,_b_.None))){
$B.set_lineno(frame,239)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,240);
$B.call_attr(locals.self,'_send',13,locals.native,locals.value)
$B.set_lineno(frame,241)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_sound42.$is_method=true
set_sound42.$function_infos=['chatkit.browser._chat','set_sound','Chat.set_sound',__file__,_b_.None,_b_.None,'',['self','enabled'],null,null,
2,227,3,[],0,0,['self','enabled','native','value','problems'],false,[],frame]
$B.set_func_attrs(set_sound42,frame,'chatkit.browser._chat')
set_sound42.ob_type=$B.function
set_sound42.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_sound=set_sound42
$B.set_lineno(frame,243)
function on45(_self,_event,_handler){
var locals
if(arguments.length==3&&!_handler?.$kw){
var locals_chatkit_browser__chat_Chat_on=locals={self:_self,event:_event,handler:_handler}
}else{
var locals_chatkit_browser__chat_Chat_on=locals=$B.args_parser(on45,arguments)
}
var frame=["on",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,on45]
$B.enter_frame(frame,__file__,243)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(on45,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,254)&&$B.$bool($B.rich_comp('__eq__',locals.event,locals_chatkit_browser__chat.AVAILABILITY))){
if($B.set_lineno(frame,255)&&$B.$bool($B.$call_with_position(_b_.callable,1,locals_chatkit_browser__chat_Chat_on.handler))){
$B.set_lineno(frame,256)
return $B.trace_return_and_leave(frame,$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Chat_on.self,'_availability',5),'on',3,locals_chatkit_browser__chat_Chat_on.handler))
}
$B.set_lineno(frame,257);
$B.call_attr(locals_chatkit_browser__chat_Chat_on.self,'_refuse',7,$B.rich_op('__mod__','chat.on("%s")',locals_chatkit_browser__chat_Chat_on.event,9),$B.rich_op('__mod__','the handler must be a function, not %s',$B.$getattr_pep657($B.$call_with_position(_b_.type,15,locals_chatkit_browser__chat_Chat_on.handler),'__name__',13),11))
$B.set_lineno(frame,259)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__chat.Subscription,17,locals_chatkit_browser__chat_Chat_on.event,_b_.None,locals_chatkit_browser__chat_Chat_on.handler,$B.$getattr_pep657(locals_chatkit_browser__chat_Chat_on.self,'_link',19)))
}
$B.set_lineno(frame,260)
locals_chatkit_browser__chat_Chat_on.native=$B.call_attr(locals.self,'_native_event',21,locals.event,locals.handler)
$B.set_lineno(frame,261)
locals_chatkit_browser__chat_Chat_on.subscription=$B.$call_with_position(locals_chatkit_browser__chat.Subscription,23,locals.event,locals.native,locals.handler,$B.$getattr_pep657(locals.self,'_link',25))
if($B.set_lineno(frame,262)&&$B.$bool(!$B.$is(locals.native,_b_.None))){
$B.set_lineno(frame,263);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Chat_on.self,'_link',29),'do',27,$B.rich_op('__mod__','subscribing to %s',locals_chatkit_browser__chat_Chat_on.event,31),$B.$getattr_pep657(locals_chatkit_browser__chat_Chat_on.subscription,'connect',33))
}
$B.set_lineno(frame,264)
return $B.trace_return_and_leave(frame,locals.subscription)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
on45.$is_method=true
on45.$function_infos=['chatkit.browser._chat','on','Chat.on',__file__,_b_.None,_b_.None,'',['self','event','handler'],null,null,
3,243,3,[],0,0,['self','event','handler','native','subscription'],false,[],frame]
$B.set_func_attrs(on45,frame,'chatkit.browser._chat')
on45.ob_type=$B.function
on45.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.on=on45
$B.set_lineno(frame,266)
function deliver_availability46(_self,_status){
var locals
if(arguments.length==2&&!_status?.$kw){
var locals_chatkit_browser__chat_Chat_deliver_availability=locals={self:_self,status:_status}
}else{
var locals_chatkit_browser__chat_Chat_deliver_availability=locals=$B.args_parser(deliver_availability46,arguments)
}
var frame=["deliver_availability",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,deliver_availability46]
$B.enter_frame(frame,__file__,266)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(deliver_availability46,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,269);
$B.call_attr($B.$getattr_pep657(locals.self,'_availability',3),'deliver',1,locals.status)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
deliver_availability46.$is_method=true
deliver_availability46.$function_infos=['chatkit.browser._chat','deliver_availability','Chat.deliver_availability',__file__,_b_.None,_b_.None,'',['self','status'],null,null,
2,266,3,[],0,0,['self','status'],false,[],frame]
$B.set_func_attrs(deliver_availability46,frame,'chatkit.browser._chat')
deliver_availability46.ob_type=$B.function
deliver_availability46.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.deliver_availability=deliver_availability46
$B.set_lineno(frame,271)
function on_ready47(_self,_callback){
var locals
if(arguments.length==2&&!_callback?.$kw){
var locals_chatkit_browser__chat_Chat_on_ready=locals={self:_self,callback:_callback}
}else{
var locals_chatkit_browser__chat_Chat_on_ready=locals=$B.args_parser(on_ready47,arguments)
}
var frame=["on_ready",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,on_ready47]
$B.enter_frame(frame,__file__,271)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(on_ready47,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,276);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',3),'do',1,$B.rich_op('__mod__','on_ready callback %s',$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__chat_Chat_on_ready,locals_chatkit_browser__chat,_b_],9),7,locals.callback),5),(function(){
$B.set_lineno(frame,276)
function lambda__4849(_driver){
var locals
if(arguments.length==1&&!_driver?.$kw){
var locals_chatkit_browser__chat_Chat_on_ready_lambda__48=locals={driver:_driver}
}else{
var locals_chatkit_browser__chat_Chat_on_ready_lambda__48=locals=$B.args_parser(lambda__4849,arguments)
}
Object.defineProperty(locals,'callback',{get:function(){return locals_chatkit_browser__chat_Chat_on_ready.callback},set:function(){},enumerable:true,configurable:true})
var frame=["<lambda>",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,lambda__4849]
$B.enter_frame(frame,__file__,276)
try{
$B.js_this=this
$B.set_lineno(frame,276)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__chat_Chat_on_ready.callback,1,))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
lambda__4849.$function_infos=['chatkit.browser._chat','<lambda>','Chat.on_ready.<locals>.<lambda>',__file__,_b_.None,_b_.None,_b_.None,['driver'],null,null,
1,276,3,['callback'],0,0,['driver'],false,[],frame]
$B.set_func_attrs(lambda__4849,frame,'chatkit.browser._chat')
lambda__4849.ob_type=$B.function
lambda__4849.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat_on_ready.lambda__48=lambda__4849
return locals_chatkit_browser__chat_Chat_on_ready.lambda__48
})())
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
on_ready47.$is_method=true
on_ready47.$function_infos=['chatkit.browser._chat','on_ready','Chat.on_ready',__file__,_b_.None,_b_.None,'',['self','callback'],null,null,
2,271,3,[],0,0,['self','callback'],false,[],frame]
$B.set_func_attrs(on_ready47,frame,'chatkit.browser._chat')
on_ready47.ob_type=$B.function
on_ready47.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.on_ready=on_ready47
$B.set_lineno(frame,278)
function _native50(_self,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_browser__chat_Chat__native=locals={self:_self,call:_call}
}else{
var locals_chatkit_browser__chat_Chat__native=locals=$B.args_parser(_native50,arguments)
}
var frame=["_native",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_native50]
$B.enter_frame(frame,__file__,278)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_native50,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,280)
return $B.trace_return_and_leave(frame,$B.call_attr(locals.self,'_on_this_version',1,$B.rich_op('__mod__','chat.%s()',locals.call,3),$B.$getitem(locals_chatkit_browser__chat.CALLS,locals.call,5)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_native50.$is_method=true
_native50.$function_infos=['chatkit.browser._chat','_native','Chat._native',__file__,_b_.None,_b_.None,'',['self','call'],null,null,
2,278,3,[],0,0,['self','call'],false,[],frame]
$B.set_func_attrs(_native50,frame,'chatkit.browser._chat')
_native50.ob_type=$B.function
_native50.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._native=_native50
$B.set_lineno(frame,282)
function _native_event51(_self,_event,_handler){
var locals
if(arguments.length==3&&!_handler?.$kw){
var locals_chatkit_browser__chat_Chat__native_event=locals={self:_self,event:_event,handler:_handler}
}else{
var locals_chatkit_browser__chat_Chat__native_event=locals=$B.args_parser(_native_event51,arguments)
}
var frame=["_native_event",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_native_event51]
$B.enter_frame(frame,__file__,282)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_native_event51,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,283)
locals_chatkit_browser__chat_Chat__native_event.name=($B.$bool($B.$call_with_position(_b_.isinstance,1,locals.event,_b_.str))?$B.call_attr(locals_chatkit_browser__chat.ALIASES,'get',3,locals.event,locals.event):_b_.None)
$B.set_lineno(frame,284)
locals_chatkit_browser__chat_Chat__native_event.what=($B.$bool(locals.name)?$B.rich_op('__mod__','chat.on("%s")',locals.event,5):$B.rich_op('__mod__','chat.on(%r)',$B.fast_tuple([locals.event]),7))
if($B.set_lineno(frame,285)&&$B.$bool(!$B.$is_member(locals.name,locals_chatkit_browser__chat.EVENTS))){
$B.set_lineno(frame,286);
$B.call_attr(locals_chatkit_browser__chat_Chat__native_event.self,'_refuse',9,locals_chatkit_browser__chat_Chat__native_event.what,'no chat has this event (chatkit.browser.versions.EVENTS lists those they have)')
}else if($B.set_lineno(frame,288)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.callable,11,locals.handler)))){
$B.set_lineno(frame,289);
$B.call_attr(locals_chatkit_browser__chat_Chat__native_event.self,'_refuse',13,locals_chatkit_browser__chat_Chat__native_event.what,$B.rich_op('__mod__','the handler must be a function, not %s',$B.$getattr_pep657($B.$call_with_position(_b_.type,19,locals_chatkit_browser__chat_Chat__native_event.handler),'__name__',17),15))
}else{
$B.set_lineno(frame,291)
return $B.trace_return_and_leave(frame,$B.call_attr(locals_chatkit_browser__chat_Chat__native_event.self,'_on_this_version',21,locals_chatkit_browser__chat_Chat__native_event.what,$B.$getitem(locals_chatkit_browser__chat.EVENTS,locals_chatkit_browser__chat_Chat__native_event.name,23)))
}
$B.set_lineno(frame,292)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_native_event51.$is_method=true
_native_event51.$function_infos=['chatkit.browser._chat','_native_event','Chat._native_event',__file__,_b_.None,_b_.None,_b_.None,['self','event','handler'],null,null,
3,282,3,[],0,0,['self','event','handler','name','what'],false,[],frame]
$B.set_func_attrs(_native_event51,frame,'chatkit.browser._chat')
_native_event51.ob_type=$B.function
_native_event51.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._native_event=_native_event51
$B.set_lineno(frame,294)
function _on_this_version52(_self,_what,_natives){
var locals
if(arguments.length==3&&!_natives?.$kw){
var locals_chatkit_browser__chat_Chat__on_this_version=locals={self:_self,what:_what,natives:_natives}
}else{
var locals_chatkit_browser__chat_Chat__on_this_version=locals=$B.args_parser(_on_this_version52,arguments)
}
var frame=["_on_this_version",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_on_this_version52]
$B.enter_frame(frame,__file__,294)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_on_this_version52,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,296)&&$B.$bool(!$B.$is_member($B.$getattr_pep657(locals.self,'api',1),locals.natives))){
$B.set_lineno(frame,297)
locals_chatkit_browser__chat_Chat__on_this_version.other=($B.$bool($B.rich_comp('__eq__',$B.$getattr_pep657(locals_chatkit_browser__chat_Chat__on_this_version.self,'api',3),locals_chatkit_browser__chat.V1))?locals_chatkit_browser__chat.V2:locals_chatkit_browser__chat.V1)
$B.set_lineno(frame,298);
$B.call_attr(locals_chatkit_browser__chat_Chat__on_this_version.self,'_refuse',5,locals_chatkit_browser__chat_Chat__on_this_version.what,$B.rich_op('__mod__','only the %s chat (api = "%s") has it',$B.fast_tuple([locals.other,locals.other]),7))
}
$B.set_lineno(frame,299)
return $B.trace_return_and_leave(frame,$B.call_attr(locals.natives,'get',9,$B.$getattr_pep657(locals.self,'api',11)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_on_this_version52.$is_method=true
_on_this_version52.$function_infos=['chatkit.browser._chat','_on_this_version','Chat._on_this_version',__file__,_b_.None,_b_.None,'',['self','what','natives'],null,null,
3,294,3,[],0,0,['self','what','natives','other'],false,[],frame]
$B.set_func_attrs(_on_this_version52,frame,'chatkit.browser._chat')
_on_this_version52.ob_type=$B.function
_on_this_version52.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._on_this_version=_on_this_version52
$B.set_lineno(frame,301)
function _from_page53(_self,_values){
var locals
if(arguments.length==2&&!_values?.$kw){
var locals_chatkit_browser__chat_Chat__from_page=locals={self:_self,values:_values}
}else{
var locals_chatkit_browser__chat_Chat__from_page=locals=$B.args_parser(_from_page53,arguments)
}
var frame=["_from_page",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_from_page53]
$B.enter_frame(frame,__file__,301)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_from_page53,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,302)&&$B.$bool($B.$is($B.$getattr_pep657(locals.self,'page_value',1),_b_.None))){
$B.set_lineno(frame,303)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__chat_Chat__from_page.values)
}
$B.set_lineno(frame,304)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_54=$B.make_js_iterator(expr,frame,304)
var result_54=$B.empty_dict()
try{
for(var next_54 of next_func_54){
$B.set_lineno(frame,304)
var v55=next_54
var it_56=$B.unpacker(v55,2,false,5)
locals_chatkit_browser__chat_Chat__from_page.key=it_56.read_one()
locals_chatkit_browser__chat_Chat__from_page.value=it_56.read_one()
_b_.dict.$setitem(result_54,locals.key,$B.call_attr(locals.self,'page_value',7,locals.value))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__chat_Chat__from_page.key
delete locals_chatkit_browser__chat_Chat__from_page.value
return result_54
})($B.call_attr(locals.values,'items',3,))
)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_from_page53.$is_method=true
_from_page53.$function_infos=['chatkit.browser._chat','_from_page','Chat._from_page',__file__,_b_.None,_b_.None,_b_.None,['self','values'],null,null,
2,301,3,[],0,0,['self','values','key','value'],false,[],frame]
$B.set_func_attrs(_from_page53,frame,'chatkit.browser._chat')
_from_page53.ob_type=$B.function
_from_page53.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._from_page=_from_page53
$B.set_lineno(frame,306)
function _send57(){
var locals
var locals_chatkit_browser__chat_Chat__send=locals=$B.args_parser(_send57,arguments)
var frame=["_send",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_send57]
$B.enter_frame(frame,__file__,306)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_send57,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,307)&&$B.$bool($B.$is(locals.native,_b_.None))){
$B.set_lineno(frame,308)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,309)
locals_chatkit_browser__chat_Chat__send.doing=$B.rich_op('__mod__',$B.$getattr_pep657($B.$getattr_pep657($B.$call_with_position(locals_chatkit_browser__chat.adapter,7,$B.$getattr_pep657(locals.self,'api',9)),'Driver',5),'DOING',3),locals.native,1)
$B.set_lineno(frame,310);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',13),'do',11,locals.doing,(function(){
$B.set_lineno(frame,310)
function lambda__5859(_driver){
var locals
if(arguments.length==1&&!_driver?.$kw){
var locals_chatkit_browser__chat_Chat__send_lambda__58=locals={driver:_driver}
}else{
var locals_chatkit_browser__chat_Chat__send_lambda__58=locals=$B.args_parser(lambda__5859,arguments)
}
Object.defineProperty(locals,'native',{get:function(){return locals_chatkit_browser__chat_Chat__send.native},set:function(){},enumerable:true,configurable:true})
Object.defineProperty(locals,'args',{get:function(){return locals_chatkit_browser__chat_Chat__send.args},set:function(){},enumerable:true,configurable:true})
var frame=["<lambda>",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,lambda__5859]
$B.enter_frame(frame,__file__,310)
try{
$B.js_this=this
$B.set_lineno(frame,310)
return $B.trace_return_and_leave(frame,$B.call_attr(locals.driver,'send',1,locals_chatkit_browser__chat_Chat__send.native,..._b_.list.$unpack(locals_chatkit_browser__chat_Chat__send.args)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
lambda__5859.$function_infos=['chatkit.browser._chat','<lambda>','Chat._send.<locals>.<lambda>',__file__,_b_.None,_b_.None,_b_.None,['driver'],null,null,
1,310,3,['native','args'],0,0,['driver'],false,[],frame]
$B.set_func_attrs(lambda__5859,frame,'chatkit.browser._chat')
lambda__5859.ob_type=$B.function
lambda__5859.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat__send.lambda__58=lambda__5859
return locals_chatkit_browser__chat_Chat__send.lambda__58
})())
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_send57.$is_method=true
_send57.$function_infos=['chatkit.browser._chat','_send','Chat._send',__file__,_b_.None,_b_.None,_b_.None,['self','native'],'args',null,
2,306,7,[],0,0,['self','native','args','doing'],false,[],frame]
$B.set_func_attrs(_send57,frame,'chatkit.browser._chat')
_send57.ob_type=$B.function
_send57.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._send=_send57
$B.set_lineno(frame,312)
function _reject60(_self,_problems,_topic){
var locals
if(arguments.length==3&&!_topic?.$kw){
var locals_chatkit_browser__chat_Chat__reject=locals={self:_self,problems:_problems,topic:_topic}
}else{
var locals_chatkit_browser__chat_Chat__reject=locals=$B.args_parser(_reject60,arguments)
}
var frame=["_reject",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_reject60]
$B.enter_frame(frame,__file__,312)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_reject60,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,314)&&$B.$bool(!$B.$bool(locals.problems))){
$B.set_lineno(frame,315)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,316)&&$B.$bool($B.$getattr_pep657(locals.self,'strict',1))){
$B.set_lineno(frame,317)
$B.$raise($B.$call_with_position(locals_chatkit_browser__chat.ValidationError,3,locals_chatkit_browser__chat_Chat__reject.problems,locals_chatkit_browser__chat_Chat__reject.topic))
}
frame.$lineno=318
var no_break_61=true,
iterator_61=locals.problems
iterator_61[$B.INUM]=5
for(var next_61 of $B.make_js_iterator(iterator_61,frame,318)){
locals_chatkit_browser__chat_Chat__reject.problem=next_61
$B.set_lineno(frame,319);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Chat__reject.self,'logger',9),'warn',7,$B.$getattr_pep657(locals.problem,'message',11))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_reject60.$is_method=true
_reject60.$function_infos=['chatkit.browser._chat','_reject','Chat._reject',__file__,_b_.None,_b_.None,_b_.None,['self','problems','topic'],null,null,
3,312,3,[],0,0,['self','problems','topic','problem'],false,[],frame]
$B.set_func_attrs(_reject60,frame,'chatkit.browser._chat')
_reject60.ob_type=$B.function
_reject60.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._reject=_reject60
$B.set_lineno(frame,321)
function _refuse62(_self,_what,_message){
var locals
if(arguments.length==3&&!_message?.$kw){
var locals_chatkit_browser__chat_Chat__refuse=locals={self:_self,what:_what,message:_message}
}else{
var locals_chatkit_browser__chat_Chat__refuse=locals=$B.args_parser(_refuse62,arguments)
}
var frame=["_refuse",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_refuse62]
$B.enter_frame(frame,__file__,321)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_refuse62,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,323)
locals_chatkit_browser__chat_Chat__refuse.problem=$B.$call_with_position(locals_chatkit_browser__chat.Problem,1,locals.what,$B.$getattr_pep657(locals.self,'api',3),locals.message)
if($B.set_lineno(frame,324)&&$B.$bool($B.$getattr_pep657(locals.self,'strict',5))){
$B.set_lineno(frame,325)
$B.$raise($B.$call_with_position(locals_chatkit_browser__chat.ValidationError,7,$B.$list([locals_chatkit_browser__chat_Chat__refuse.problem])))
}
$B.set_lineno(frame,326);
$B.call_attr($B.$getattr_pep657(locals.self,'logger',11),'warn',9,$B.call_attr(locals.problem,'line',13,))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_refuse62.$is_method=true
_refuse62.$function_infos=['chatkit.browser._chat','_refuse','Chat._refuse',__file__,_b_.None,_b_.None,'',['self','what','message'],null,null,
3,321,3,[],0,0,['self','what','message','problem'],false,[],frame]
$B.set_func_attrs(_refuse62,frame,'chatkit.browser._chat')
_refuse62.ob_type=$B.function
_refuse62.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._refuse=_refuse62
locals.__static_attributes__=$B.fast_tuple(["strict","customer","page_value","_link","_availability","_api","api"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Chat',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Chat',$B.fast_tuple([]),{})
locals_chatkit_browser__chat.Chat=Chat11
$B.set_lineno(frame,329)
function _name63(_function){
var locals
if(arguments.length==1&&!_function?.$kw){
var locals_chatkit_browser__chat__name=locals={function:_function}
}else{
var locals_chatkit_browser__chat__name=locals=$B.args_parser(_name63,arguments)
}
var frame=["_name",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_name63]
$B.enter_frame(frame,__file__,329)
try{
$B.js_this=this
$B.set_lineno(frame,330)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position(_b_.getattr,1,locals.function,'__qualname__',_b_.None))?locals.$test:$B.$call_with_position(_b_.getattr,3,locals.function,'__name__',$B.$call_with_position(_b_.repr,5,locals.function))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_name63.$function_infos=['chatkit.browser._chat','_name','_name',__file__,_b_.None,_b_.None,_b_.None,['function'],null,null,
1,329,3,[],0,0,['function'],false,[],frame]
$B.set_func_attrs(_name63,frame,'chatkit.browser._chat')
_name63.ob_type=$B.function
_name63.__annotate__=_b_.None
locals_chatkit_browser__chat._name=_name63
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__chat
});
__chatkitModules["chatkit.browser"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser=$B.namespace("chatkit.browser"),
locals=locals_chatkit_browser,
frame=["chatkit.browser",locals,"chatkit.browser",locals]
var __file__=locals.__file__="VFS.chatkit.browser/__init__.py"
locals.__name__="chatkit.browser"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,20)
$B.$import_from("chatkit.browser._chat",'Chat',{},0,locals,1)
$B.set_lineno(frame,21)
$B.$import_from("chatkit.browser._subscription",'Subscription',{},0,locals,3)
$B.set_lineno(frame,22)
$B.$import_from("chatkit.browser.versions",'V1',{},0,locals,5)
$B.$import_from("chatkit.browser.versions",'V2',{},0,locals,5)
$B.set_lineno(frame,23)
$B.$import_from("chatkit.errors",'ChatkitError',{},0,locals,7)
$B.$import_from("chatkit.errors",'ValidationError',{},0,locals,7)
$B.set_lineno(frame,24)
$B.$import_from("chatkit.rules.customer",'UNSET',{},0,locals,9)
$B.$import_from("chatkit.rules.customer",'InfoReport',{},0,locals,9)
$B.set_lineno(frame,26)
locals_chatkit_browser.chat=$B.$call_with_position(locals.Chat,11,)
$B.set_lineno(frame,28)
locals_chatkit_browser.__all__=$B.$list(['UNSET','V1','V2','Chat','ChatkitError','InfoReport','Subscription','ValidationError','chat'])
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser
});
__chatkitModules["chatkit.browser._brython"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__brython=$B.namespace("chatkit.browser._brython"),
locals=locals_chatkit_browser__brython,
frame=["chatkit.browser._brython",locals,"chatkit.browser._brython",locals]
var __file__=locals.__file__="VFS.chatkit.browser._brython.py"
locals.__name__="chatkit.browser._brython"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,11)
$B.import("javascript",[],{},locals_chatkit_browser__brython,1)
$B.set_lineno(frame,12)
$B.$import_from("browser",'window',{},0,locals,3)
$B.set_lineno(frame,14)
locals_chatkit_browser__brython.NULL=$B.$getattr_pep657(locals.javascript,'NULL',5)
$B.set_lineno(frame,15)
locals_chatkit_browser__brython.UNDEFINED=$B.$getattr_pep657(locals.javascript,'UNDEFINED',7)
$B.set_lineno(frame,18)
locals_chatkit_browser__brython.INT_LIMIT=$B.rich_op('__sub__',9007199254740992n,1,9)
$B.set_lineno(frame,21)
function is_js_object1(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__brython_is_js_object=locals={value:_value}
}else{
var locals_chatkit_browser__brython_is_js_object=locals=$B.args_parser(is_js_object1,arguments)
}
var frame=["is_js_object",locals,"chatkit.browser._brython",locals_chatkit_browser__brython,is_js_object1]
$B.enter_frame(frame,__file__,21)
try{
$B.js_this=this
$B.set_lineno(frame,23)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.isinstance,1,locals.value,$B.$getattr_pep657(locals_chatkit_browser__brython.javascript,'JSObject',3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_js_object1.$function_infos=['chatkit.browser._brython','is_js_object','is_js_object',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,21,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(is_js_object1,frame,'chatkit.browser._brython')
is_js_object1.ob_type=$B.function
is_js_object1.__annotate__=_b_.None
locals_chatkit_browser__brython.is_js_object=is_js_object1
$B.set_lineno(frame,26)
function number2(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__brython_number=locals={value:_value}
}else{
var locals_chatkit_browser__brython_number=locals=$B.args_parser(number2,arguments)
}
var frame=["number",locals,"chatkit.browser._brython",locals_chatkit_browser__brython,number2]
$B.enter_frame(frame,__file__,26)
try{
$B.js_this=this
$B.set_lineno(frame,28)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
number2.$function_infos=['chatkit.browser._brython','number','number',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,26,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(number2,frame,'chatkit.browser._brython')
number2.ob_type=$B.function
number2.__annotate__=_b_.None
locals_chatkit_browser__brython.number=number2
$B.set_lineno(frame,31)
function new_object3(){
var locals
var locals_chatkit_browser__brython_new_object=locals=$B.empty_dict();
if(arguments.length!==0){
$B.args_parser(new_object3,arguments)
}
var frame=["new_object",locals,"chatkit.browser._brython",locals_chatkit_browser__brython,new_object3]
$B.enter_frame(frame,__file__,31)
try{
$B.js_this=this
$B.set_lineno(frame,32)
return $B.trace_return_and_leave(frame,$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__brython.window,'Object',3),'new',1,))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
new_object3.$function_infos=['chatkit.browser._brython','new_object','new_object',__file__,_b_.None,_b_.None,_b_.None,[],null,null,
0,31,3,[],0,0,[],false,[],frame]
$B.set_func_attrs(new_object3,frame,'chatkit.browser._brython')
new_object3.ob_type=$B.function
new_object3.__annotate__=_b_.None
locals_chatkit_browser__brython.new_object=new_object3
$B.set_lineno(frame,35)
function to_js4(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__brython_to_js=locals={value:_value}
}else{
var locals_chatkit_browser__brython_to_js=locals=$B.args_parser(to_js4,arguments)
}
var frame=["to_js",locals,"chatkit.browser._brython",locals_chatkit_browser__brython,to_js4]
$B.enter_frame(frame,__file__,35)
try{
$B.js_this=this
$B.set_lineno(frame,37)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
to_js4.$function_infos=['chatkit.browser._brython','to_js','to_js',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,35,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(to_js4,frame,'chatkit.browser._brython')
to_js4.ob_type=$B.function
to_js4.__annotate__=_b_.None
locals_chatkit_browser__brython.to_js=to_js4
$B.set_lineno(frame,40)
function call5(){
var locals
var locals_chatkit_browser__brython_call=locals=$B.args_parser(call5,arguments)
var frame=["call",locals,"chatkit.browser._brython",locals_chatkit_browser__brython,call5]
$B.enter_frame(frame,__file__,40)
try{
$B.js_this=this
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.$call_with_position(_b_.getattr,3,locals.target,locals.method),1,..._b_.list.$unpack(locals.args)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
call5.$function_infos=['chatkit.browser._brython','call','call',__file__,_b_.None,_b_.None,'',['target','method'],'args',null,
2,40,7,[],0,0,['target','method','args'],false,[],frame]
$B.set_func_attrs(call5,frame,'chatkit.browser._brython')
call5.ob_type=$B.function
call5.__annotate__=_b_.None
locals_chatkit_browser__brython.call=call5
$B.set_lineno(frame,45)
function callback6(_function,_what){
var locals
if(arguments.length==2&&!_what?.$kw){
var locals_chatkit_browser__brython_callback=locals={function:_function,what:_what}
}else{
var locals_chatkit_browser__brython_callback=locals=$B.args_parser(callback6,arguments)
}
var frame=["callback",locals,"chatkit.browser._brython",locals_chatkit_browser__brython,callback6]
$B.enter_frame(frame,__file__,45)
try{
$B.js_this=this
$B.set_lineno(frame,47)
return $B.trace_return_and_leave(frame,locals.function)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
callback6.$function_infos=['chatkit.browser._brython','callback','callback',__file__,_b_.None,_b_.None,'',['function','what'],null,null,
2,45,3,[],0,0,['function','what'],false,[],frame]
$B.set_func_attrs(callback6,frame,'chatkit.browser._brython')
callback6.ob_type=$B.function
callback6.__annotate__=_b_.None
locals_chatkit_browser__brython.callback=callback6
$B.set_lineno(frame,50)
function trace7(_error){
var locals
if(arguments.length==1&&!_error?.$kw){
var locals_chatkit_browser__brython_trace=locals={error:_error}
}else{
var locals_chatkit_browser__brython_trace=locals=$B.args_parser(trace7,arguments)
}
var frame=["trace",locals,"chatkit.browser._brython",locals_chatkit_browser__brython,trace7]
$B.enter_frame(frame,__file__,50)
try{
$B.js_this=this
$B.set_lineno(frame,52)
return $B.trace_return_and_leave(frame,$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__brython.window,'__BRYTHON__',3),'error_trace',1,locals.error))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trace7.$function_infos=['chatkit.browser._brython','trace','trace',__file__,_b_.None,_b_.None,'',['error'],null,null,
1,50,3,[],0,0,['error'],false,[],frame]
$B.set_func_attrs(trace7,frame,'chatkit.browser._brython')
trace7.ob_type=$B.function
trace7.__annotate__=_b_.None
locals_chatkit_browser__brython.trace=trace7
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__brython
});
__chatkitModules["chatkit.browser._bridge"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__bridge=$B.namespace("chatkit.browser._bridge"),
locals=locals_chatkit_browser__bridge,
frame=["chatkit.browser._bridge",locals,"chatkit.browser._bridge",locals]
var __file__=locals.__file__="VFS.chatkit.browser._bridge.py"
locals.__name__="chatkit.browser._bridge"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,26)
$B.$import_from("chatkit.browser",'UNSET',{},0,locals,1)
$B.$import_from("chatkit.browser",'chat',{},0,locals,1)
$B.set_lineno(frame,27)
$B.$import_from("chatkit.browser.versions",'V1',{},0,locals,3)
$B.$import_from("chatkit.browser.versions",'V2',{},0,locals,3)
$B.set_lineno(frame,29)
locals_chatkit_browser__bridge.BRYTHON='brython'
$B.set_lineno(frame,30)
locals_chatkit_browser__bridge.MICROPYTHON='micropython'
$B.set_lineno(frame,33,'ClassDef')
var _NoRuntimeYet1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=5
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"_NoRuntimeYet",bases,resolved_bases)
var locals_chatkit_browser__bridge__NoRuntimeYet=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge__NoRuntimeYet
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=33
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,33)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,36)
function __getattr__2(_self,_name){
var locals
if(arguments.length==2&&!_name?.$kw){
var locals_chatkit_browser__bridge__NoRuntimeYet___getattr__=locals={self:_self,name:_name}
}else{
var locals_chatkit_browser__bridge__NoRuntimeYet___getattr__=locals=$B.args_parser(__getattr__2,arguments)
}
var frame=["__getattr__",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,__getattr__2]
$B.enter_frame(frame,__file__,36)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__getattr__2,locals_chatkit_browser__bridge,"_NoRuntimeYet",['_NoRuntimeYet'])
$B.set_lineno(frame,37)
$B.$raise($B.$call_with_position(_b_.RuntimeError,1,$B.rich_op('__mod__','chatkit.browser._bridge.run has not set the runtime yet (%s)',locals.name,3)))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__getattr__2.$is_method=true
__getattr__2.$function_infos=['chatkit.browser._bridge','__getattr__','_NoRuntimeYet.__getattr__',__file__,_b_.None,_b_.None,_b_.None,['self','name'],null,null,
2,36,3,[],0,0,['self','name'],false,[],frame]
$B.set_func_attrs(__getattr__2,frame,'chatkit.browser._bridge')
__getattr__2.ob_type=$B.function
__getattr__2.__annotate__=_b_.None
locals_chatkit_browser__bridge__NoRuntimeYet.__getattr__=__getattr__2
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('_NoRuntimeYet',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('_NoRuntimeYet',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge._NoRuntimeYet=_NoRuntimeYet1
$B.set_lineno(frame,40)
locals_chatkit_browser__bridge.page=$B.$call_with_position(locals._NoRuntimeYet,7,)
$B.set_lineno(frame,43)
function runtime_adapter3(_runtime){
var locals
if(arguments.length==1&&!_runtime?.$kw){
var locals_chatkit_browser__bridge_runtime_adapter=locals={runtime:_runtime}
}else{
var locals_chatkit_browser__bridge_runtime_adapter=locals=$B.args_parser(runtime_adapter3,arguments)
}
var frame=["runtime_adapter",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,runtime_adapter3]
$B.enter_frame(frame,__file__,43)
try{
$B.js_this=this
if($B.set_lineno(frame,46)&&$B.$bool($B.rich_comp('__eq__',locals.runtime,locals_chatkit_browser__bridge.MICROPYTHON))){
$B.set_lineno(frame,47)
$B.import("chatkit.browser._micropython",[],{'chatkit.browser._micropython':[locals_chatkit_browser__bridge_runtime_adapter,'micropython']},locals_chatkit_browser__bridge_runtime_adapter,1)
$B.set_lineno(frame,48)
return $B.trace_return_and_leave(frame,locals.micropython)
}
$B.set_lineno(frame,49)
$B.import("chatkit.browser._brython",[],{'chatkit.browser._brython':[locals_chatkit_browser__bridge_runtime_adapter,'brython']},locals_chatkit_browser__bridge_runtime_adapter,3)
$B.set_lineno(frame,50)
return $B.trace_return_and_leave(frame,locals.brython)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
runtime_adapter3.$function_infos=['chatkit.browser._bridge','runtime_adapter','runtime_adapter',__file__,_b_.None,_b_.None,'',['runtime'],null,null,
1,43,3,[],0,0,['runtime'],false,[],frame]
$B.set_func_attrs(runtime_adapter3,frame,'chatkit.browser._bridge')
runtime_adapter3.ob_type=$B.function
runtime_adapter3.__annotate__=_b_.None
locals_chatkit_browser__bridge.runtime_adapter=runtime_adapter3
$B.set_lineno(frame,53)
function run4(_hooks_module,_api,_runtime){
var locals
var locals_chatkit_browser__bridge_run=locals=$B.args_parser(run4,arguments)
var frame=["run",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,run4]
$B.enter_frame(frame,__file__,53)
try{
$B.js_this=this
$B.set_lineno(frame,56)
var $temp=$B.$call_with_position(locals_chatkit_browser__bridge.runtime_adapter,1,locals.runtime)
$B.delete_for_reassign('page',locals_chatkit_browser__bridge)
locals_chatkit_browser__bridge.page=$temp
$B.set_lineno(frame,57)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"logger",$B.$call_with_position($B.resolve_in_scopes('ConsoleLogger',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],5),3,),7)
$B.set_lineno(frame,58)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"page_value",$B.resolve_in_scopes('page_value',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],9),11)
$B.set_lineno(frame,59)
try{
var stack_length_5=$B.count_frames()
var save_frame_obj_5=$B.frame_obj
$B.set_lineno(frame,60)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"api",locals_chatkit_browser__bridge_run.api,13)
}catch(err5){
$B.set_exc_and_trace(frame,err5)
if($B.set_lineno(frame,61)&&$B.is_exc(err5,[_b_.Exception])){
locals.error=err5
$B.set_lineno(frame,62);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',17),'error',15,'the hooks did not run',locals.error)
$B.set_lineno(frame,63)
return $B.trace_return_and_leave(frame,_b_.None)
}else{
throw err5
}
}
$B.set_lineno(frame,64)
try{
var stack_length_6=$B.count_frames()
var save_frame_obj_6=$B.frame_obj
$B.set_lineno(frame,65);
$B.$call_with_position(_b_.__import__,19,locals_chatkit_browser__bridge_run.hooks_module)
}catch(err6){
$B.set_exc_and_trace(frame,err6)
if($B.set_lineno(frame,66)&&$B.is_exc(err6,[_b_.Exception])){
locals.error=err6
$B.set_lineno(frame,67);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',23),'error',21,$B.rich_op('__mod__','the hooks module %s failed',locals_chatkit_browser__bridge_run.hooks_module,25),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_6
}else{
throw err6
}
}finally{
var exit=false
if($B.count_frames()<stack_length_6){
exit=true
$B.frame_obj=$B.push_frame(frame)
}
$B.set_lineno(frame,69);
$B.$call_with_position($B.resolve_in_scopes('connect',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],29),27,)
if(exit){
$B.leave_frame()
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
run4.$function_infos=['chatkit.browser._bridge','run','run',__file__,[locals.V1,locals.BRYTHON],_b_.None,'',['hooks_module','api','runtime'],null,null,
3,53,3,[],0,0,['hooks_module','api','runtime','page','error'],false,[],frame]
$B.set_func_attrs(run4,frame,'chatkit.browser._bridge')
run4.ob_type=$B.function
run4.__annotate__=_b_.None
locals_chatkit_browser__bridge.run=run4
$B.set_lineno(frame,72)
function connect7(){
var locals
var locals_chatkit_browser__bridge_connect=locals=$B.empty_dict();
if(arguments.length!==0){
$B.args_parser(connect7,arguments)
}
var frame=["connect",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,connect7]
$B.enter_frame(frame,__file__,72)
try{
$B.js_this=this
$B.set_lineno(frame,76)
locals_chatkit_browser__bridge_connect.state=$B.$call_with_position($B.resolve_in_scopes('_state',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],3),1,)
$B.set_lineno(frame,77)
$B.$setattr1(locals.state,"onBus",$B.call_attr(locals_chatkit_browser__bridge.page,'callback',5,$B.resolve_in_scopes('_on_bus',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],7),'handing over the v1 chat\'s bus'),9)
$B.set_lineno(frame,78)
$B.$setattr1(locals.state,"onChatApp",$B.call_attr(locals_chatkit_browser__bridge.page,'callback',11,$B.resolve_in_scopes('_on_chat_app',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],13),'handing over the v2 chat\'s chatApp'),15)
$B.set_lineno(frame,79)
$B.$setattr1(locals.state,"onAvailability",$B.call_attr(locals_chatkit_browser__bridge.page,'callback',17,$B.resolve_in_scopes('_on_availability',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],19),'handing over chatkit server\'s availability'),21)
if($B.set_lineno(frame,81)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],25),23,locals.state,'availability'))){
$B.set_lineno(frame,82);
$B.$call_with_position($B.resolve_in_scopes('_on_availability',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],29),27,$B.$getattr_pep657(locals_chatkit_browser__bridge_connect.state,'availability',31))
}
if($B.set_lineno(frame,83)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],35),33,locals.state,'bus'))){
$B.set_lineno(frame,84);
$B.$call_with_position($B.resolve_in_scopes('_on_bus',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],39),37,$B.$getattr_pep657(locals_chatkit_browser__bridge_connect.state,'bus',41))
}
if($B.set_lineno(frame,85)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],45),43,locals.state,'chatApp'))){
$B.set_lineno(frame,86);
$B.$call_with_position($B.resolve_in_scopes('_on_chat_app',[locals_chatkit_browser__bridge_connect,locals_chatkit_browser__bridge,_b_],49),47,$B.$getattr_pep657(locals_chatkit_browser__bridge_connect.state,'chatApp',51))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
connect7.$function_infos=['chatkit.browser._bridge','connect','connect',__file__,_b_.None,_b_.None,'',[],null,null,
0,72,3,[],0,0,['state'],false,[],frame]
$B.set_func_attrs(connect7,frame,'chatkit.browser._bridge')
connect7.ob_type=$B.function
connect7.__annotate__=_b_.None
locals_chatkit_browser__bridge.connect=connect7
$B.set_lineno(frame,89)
function _state8(){
var locals
var locals_chatkit_browser__bridge__state=locals=$B.empty_dict();
if(arguments.length!==0){
$B.args_parser(_state8,arguments)
}
var frame=["_state",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_state8]
$B.enter_frame(frame,__file__,89)
try{
$B.js_this=this
if($B.set_lineno(frame,91)&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge__state,locals_chatkit_browser__bridge,_b_],3),1,$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',5),'__chatkit')))){
$B.set_lineno(frame,92)
$B.$setattr1($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',11),"__chatkit",$B.call_attr(locals_chatkit_browser__bridge.page,'new_object',7,),9)
}
$B.set_lineno(frame,93)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',15),'__chatkit',13))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_state8.$function_infos=['chatkit.browser._bridge','_state','_state',__file__,_b_.None,_b_.None,'',[],null,null,
0,89,3,[],0,0,[],false,[],frame]
$B.set_func_attrs(_state8,frame,'chatkit.browser._bridge')
_state8.ob_type=$B.function
_state8.__annotate__=_b_.None
locals_chatkit_browser__bridge._state=_state8
$B.set_lineno(frame,96)
function _on_bus9(){
var locals
var locals_chatkit_browser__bridge__on_bus=locals=$B.args_parser(_on_bus9,arguments)
var frame=["_on_bus",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_on_bus9]
$B.enter_frame(frame,__file__,96)
try{
$B.js_this=this
$B.set_lineno(frame,97);
$B.$call_with_position($B.resolve_in_scopes('_hand_over',[locals_chatkit_browser__bridge__on_bus,locals_chatkit_browser__bridge,_b_],3),1,locals_chatkit_browser__bridge.V1,locals.args,$B.resolve_in_scopes('PageBus',[locals_chatkit_browser__bridge__on_bus,locals_chatkit_browser__bridge,_b_],5))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_on_bus9.$function_infos=['chatkit.browser._bridge','_on_bus','_on_bus',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,96,7,[],0,0,['args'],false,[],frame]
$B.set_func_attrs(_on_bus9,frame,'chatkit.browser._bridge')
_on_bus9.ob_type=$B.function
_on_bus9.__annotate__=_b_.None
locals_chatkit_browser__bridge._on_bus=_on_bus9
$B.set_lineno(frame,100)
function _on_chat_app10(){
var locals
var locals_chatkit_browser__bridge__on_chat_app=locals=$B.args_parser(_on_chat_app10,arguments)
var frame=["_on_chat_app",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_on_chat_app10]
$B.enter_frame(frame,__file__,100)
try{
$B.js_this=this
$B.set_lineno(frame,101);
$B.$call_with_position($B.resolve_in_scopes('_hand_over',[locals_chatkit_browser__bridge__on_chat_app,locals_chatkit_browser__bridge,_b_],3),1,locals_chatkit_browser__bridge.V2,locals.args,$B.resolve_in_scopes('PageChatApp',[locals_chatkit_browser__bridge__on_chat_app,locals_chatkit_browser__bridge,_b_],5))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_on_chat_app10.$function_infos=['chatkit.browser._bridge','_on_chat_app','_on_chat_app',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,100,7,[],0,0,['args'],false,[],frame]
$B.set_func_attrs(_on_chat_app10,frame,'chatkit.browser._bridge')
_on_chat_app10.ob_type=$B.function
_on_chat_app10.__annotate__=_b_.None
locals_chatkit_browser__bridge._on_chat_app=_on_chat_app10
$B.set_lineno(frame,104)
function _on_availability11(){
var locals
var locals_chatkit_browser__bridge__on_availability=locals=$B.args_parser(_on_availability11,arguments)
var frame=["_on_availability",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_on_availability11]
$B.enter_frame(frame,__file__,104)
try{
$B.js_this=this
$B.set_lineno(frame,106)
try{
var stack_length_12=$B.count_frames()
var save_frame_obj_12=$B.frame_obj
if($B.set_lineno(frame,107)&&($B.$bool(locals_chatkit_browser__bridge__on_availability.args)&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('_missing',[locals_chatkit_browser__bridge__on_availability,locals_chatkit_browser__bridge,_b_],3),1,$B.$getitem(locals_chatkit_browser__bridge__on_availability.args,0,5)))))){
$B.set_lineno(frame,108);
$B.call_attr(locals_chatkit_browser__bridge.chat,'deliver_availability',7,$B.$call_with_position($B.resolve_in_scopes('to_python',[locals_chatkit_browser__bridge__on_availability,locals_chatkit_browser__bridge,_b_],11),9,$B.$getitem(locals_chatkit_browser__bridge__on_availability.args,0,13)))
}
}catch(err12){
$B.set_exc_and_trace(frame,err12)
if($B.set_lineno(frame,109)&&$B.is_exc(err12,[_b_.Exception])){
locals.error=err12
$B.set_lineno(frame,110);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',17),'error',15,'delivering the availability failed',locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_12
}else{
throw err12
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_on_availability11.$function_infos=['chatkit.browser._bridge','_on_availability','_on_availability',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,104,7,[],0,0,['args','error'],false,[],frame]
$B.set_func_attrs(_on_availability11,frame,'chatkit.browser._bridge')
_on_availability11.ob_type=$B.function
_on_availability11.__annotate__=_b_.None
locals_chatkit_browser__bridge._on_availability=_on_availability11
$B.set_lineno(frame,113)
function _hand_over13(_api,_args,_wrapper){
var locals
if(arguments.length==3&&!_wrapper?.$kw){
var locals_chatkit_browser__bridge__hand_over=locals={api:_api,args:_args,wrapper:_wrapper}
}else{
var locals_chatkit_browser__bridge__hand_over=locals=$B.args_parser(_hand_over13,arguments)
}
var frame=["_hand_over",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_hand_over13]
$B.enter_frame(frame,__file__,113)
try{
$B.js_this=this
$B.set_lineno(frame,115)
try{
var stack_length_14=$B.count_frames()
var save_frame_obj_14=$B.frame_obj
if($B.set_lineno(frame,116)&&($B.$bool(!$B.$bool(locals_chatkit_browser__bridge__hand_over.args))||$B.$bool($B.$call_with_position($B.resolve_in_scopes('_missing',[locals_chatkit_browser__bridge__hand_over,locals_chatkit_browser__bridge,_b_],3),1,$B.$getitem(locals_chatkit_browser__bridge__hand_over.args,0,5))))){
$B.set_lineno(frame,117)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,118)&&$B.$bool($B.rich_comp('__ne__',$B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'api',7),locals_chatkit_browser__bridge__hand_over.api))){
$B.set_lineno(frame,119);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',11),'error',9,$B.rich_op('__mod__','the page\'s chat is the %s chat, but chat.api is "%s" (the config\'s [chat] api): the hooks are not connected',$B.fast_tuple([locals_chatkit_browser__bridge__hand_over.api,$B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'api',15)]),13))
$B.set_lineno(frame,121)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,122);
$B.call_attr(locals_chatkit_browser__bridge.chat,'attach',17,$B.$call_with_position($B.resolve_in_scopes('_wrapped',[locals_chatkit_browser__bridge__hand_over,locals_chatkit_browser__bridge,_b_],21),19,$B.$getitem(locals_chatkit_browser__bridge__hand_over.args,0,23),locals_chatkit_browser__bridge__hand_over.wrapper))
}catch(err14){
$B.set_exc_and_trace(frame,err14)
if($B.set_lineno(frame,123)&&$B.is_exc(err14,[_b_.Exception])){
locals.error=err14
$B.set_lineno(frame,124);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',27),'error',25,$B.rich_op('__mod__','connecting to the %s chat failed',locals_chatkit_browser__bridge__hand_over.api,29),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_14
}else{
throw err14
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_hand_over13.$function_infos=['chatkit.browser._bridge','_hand_over','_hand_over',__file__,_b_.None,_b_.None,_b_.None,['api','args','wrapper'],null,null,
3,113,3,[],0,0,['api','args','wrapper','error'],false,[],frame]
$B.set_func_attrs(_hand_over13,frame,'chatkit.browser._bridge')
_hand_over13.ob_type=$B.function
_hand_over13.__annotate__=_b_.None
locals_chatkit_browser__bridge._hand_over=_hand_over13
$B.set_lineno(frame,127)
locals_chatkit_browser__bridge._wrappers=$B.$list([])
$B.set_lineno(frame,130)
function _wrapped15(_raw,_wrapper){
var locals
if(arguments.length==2&&!_wrapper?.$kw){
var locals_chatkit_browser__bridge__wrapped=locals={raw:_raw,wrapper:_wrapper}
}else{
var locals_chatkit_browser__bridge__wrapped=locals=$B.args_parser(_wrapped15,arguments)
}
var frame=["_wrapped",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_wrapped15]
$B.enter_frame(frame,__file__,130)
try{
$B.js_this=this
frame.$lineno=132
var no_break_16=true,
iterator_16=locals_chatkit_browser__bridge._wrappers
iterator_16[$B.INUM]=1
for(var next_16 of $B.make_js_iterator(iterator_16,frame,132)){
locals_chatkit_browser__bridge__wrapped.known=next_16
if($B.set_lineno(frame,133)&&$B.$bool($B.rich_comp('__eq__',$B.$getattr_pep657(locals.known,'raw',3),locals_chatkit_browser__bridge__wrapped.raw))){
$B.set_lineno(frame,134)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge__wrapped.known)
}
}
$B.set_lineno(frame,135)
locals_chatkit_browser__bridge__wrapped.known=$B.$call_with_position(locals.wrapper,5,locals.raw)
$B.set_lineno(frame,136);
$B.call_attr(locals_chatkit_browser__bridge._wrappers,'append',7,locals.known)
$B.set_lineno(frame,137)
return $B.trace_return_and_leave(frame,locals.known)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_wrapped15.$function_infos=['chatkit.browser._bridge','_wrapped','_wrapped',__file__,_b_.None,_b_.None,'',['raw','wrapper'],null,null,
2,130,3,[],0,0,['raw','wrapper','known'],false,[],frame]
$B.set_func_attrs(_wrapped15,frame,'chatkit.browser._bridge')
_wrapped15.ob_type=$B.function
_wrapped15.__annotate__=_b_.None
locals_chatkit_browser__bridge._wrapped=_wrapped15
$B.set_lineno(frame,140,'ClassDef')
var PageBus17=(function(name,bases,keywords){
$B.frame_obj.frame.inum=9
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"PageBus",bases,resolved_bases)
var locals_chatkit_browser__bridge_PageBus=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_PageBus
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=140
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,140)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,143)
function __init__18(_self,_raw){
var locals
if(arguments.length==2&&!_raw?.$kw){
var locals_chatkit_browser__bridge_PageBus___init__=locals={self:_self,raw:_raw}
}else{
var locals_chatkit_browser__bridge_PageBus___init__=locals=$B.args_parser(__init__18,arguments)
}
var frame=["__init__",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,__init__18]
$B.enter_frame(frame,__file__,143)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__18,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
$B.set_lineno(frame,144)
$B.$setattr1(locals.self,"raw",locals.raw,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__18.$is_method=true
__init__18.$function_infos=['chatkit.browser._bridge','__init__','PageBus.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','raw'],null,null,
2,143,3,[],0,0,['self','raw'],false,[],frame]
$B.set_func_attrs(__init__18,frame,'chatkit.browser._bridge')
__init__18.ob_type=$B.function
__init__18.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.__init__=__init__18
$B.set_lineno(frame,146)
function publish19(_self,_topic,_data){
var locals
var locals_chatkit_browser__bridge_PageBus_publish=locals=$B.args_parser(publish19,arguments)
var frame=["publish",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,publish19]
$B.enter_frame(frame,__file__,146)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(publish19,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
if($B.set_lineno(frame,147)&&$B.$bool($B.$is(locals.data,_b_.None))){
$B.set_lineno(frame,148);
$B.call_attr(locals_chatkit_browser__bridge.page,'call',1,$B.$getattr_pep657(locals_chatkit_browser__bridge_PageBus_publish.self,'raw',3),'publish',locals_chatkit_browser__bridge_PageBus_publish.topic)
}else{
$B.set_lineno(frame,150);
$B.call_attr(locals_chatkit_browser__bridge.page,'call',5,$B.$getattr_pep657(locals_chatkit_browser__bridge_PageBus_publish.self,'raw',7),'publish',locals_chatkit_browser__bridge_PageBus_publish.topic,$B.$call_with_position($B.resolve_in_scopes('to_js',[locals_chatkit_browser__bridge_PageBus_publish,locals_chatkit_browser__bridge,_b_],11),9,locals_chatkit_browser__bridge_PageBus_publish.data))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
publish19.$is_method=true
publish19.$function_infos=['chatkit.browser._bridge','publish','PageBus.publish',__file__,[_b_.None],_b_.None,_b_.None,['self','topic','data'],null,null,
3,146,3,[],0,0,['self','topic','data'],false,[],frame]
$B.set_func_attrs(publish19,frame,'chatkit.browser._bridge')
publish19.ob_type=$B.function
publish19.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.publish=publish19
$B.set_lineno(frame,152)
function subscribe20(_self,_topic,_deliver){
var locals
if(arguments.length==3&&!_deliver?.$kw){
var locals_chatkit_browser__bridge_PageBus_subscribe=locals={self:_self,topic:_topic,deliver:_deliver}
}else{
var locals_chatkit_browser__bridge_PageBus_subscribe=locals=$B.args_parser(subscribe20,arguments)
}
var frame=["subscribe",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,subscribe20]
$B.enter_frame(frame,__file__,152)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(subscribe20,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
$B.set_lineno(frame,154)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('JavaScriptSubscription',[locals_chatkit_browser__bridge_PageBus_subscribe,locals_chatkit_browser__bridge,_b_],3),1,$B.call_attr(locals_chatkit_browser__bridge.page,'call',5,$B.$getattr_pep657(locals.self,'raw',7),'subscribe',locals.topic,$B.$call_with_position($B.resolve_in_scopes('from_javascript',[locals_chatkit_browser__bridge_PageBus_subscribe,locals_chatkit_browser__bridge,_b_],11),9,locals.topic,locals.deliver))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
subscribe20.$is_method=true
subscribe20.$function_infos=['chatkit.browser._bridge','subscribe','PageBus.subscribe',__file__,_b_.None,_b_.None,_b_.None,['self','topic','deliver'],null,null,
3,152,3,[],0,0,['self','topic','deliver'],false,[],frame]
$B.set_func_attrs(subscribe20,frame,'chatkit.browser._bridge')
subscribe20.ob_type=$B.function
subscribe20.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.subscribe=subscribe20
locals.__static_attributes__=$B.fast_tuple(["raw"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('PageBus',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('PageBus',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.PageBus=PageBus17
$B.set_lineno(frame,158,'ClassDef')
var JavaScriptSubscription21=(function(name,bases,keywords){
$B.frame_obj.frame.inum=11
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"JavaScriptSubscription",bases,resolved_bases)
var locals_chatkit_browser__bridge_JavaScriptSubscription=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_JavaScriptSubscription
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=158
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,158)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,161)
function __init__22(_self,_raw){
var locals
if(arguments.length==2&&!_raw?.$kw){
var locals_chatkit_browser__bridge_JavaScriptSubscription___init__=locals={self:_self,raw:_raw}
}else{
var locals_chatkit_browser__bridge_JavaScriptSubscription___init__=locals=$B.args_parser(__init__22,arguments)
}
var frame=["__init__",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,__init__22]
$B.enter_frame(frame,__file__,161)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__22,locals_chatkit_browser__bridge,"JavaScriptSubscription",['JavaScriptSubscription'])
$B.set_lineno(frame,162)
$B.$setattr1(locals.self,"raw",locals.raw,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__22.$is_method=true
__init__22.$function_infos=['chatkit.browser._bridge','__init__','JavaScriptSubscription.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','raw'],null,null,
2,161,3,[],0,0,['self','raw'],false,[],frame]
$B.set_func_attrs(__init__22,frame,'chatkit.browser._bridge')
__init__22.ob_type=$B.function
__init__22.__annotate__=_b_.None
locals_chatkit_browser__bridge_JavaScriptSubscription.__init__=__init__22
$B.set_lineno(frame,164)
function remove23(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__bridge_JavaScriptSubscription_remove=locals={self:_self}
}else{
var locals_chatkit_browser__bridge_JavaScriptSubscription_remove=locals=$B.args_parser(remove23,arguments)
}
var frame=["remove",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,remove23]
$B.enter_frame(frame,__file__,164)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(remove23,locals_chatkit_browser__bridge,"JavaScriptSubscription",['JavaScriptSubscription'])
$B.set_lineno(frame,165);
$B.call_attr(locals_chatkit_browser__bridge.page,'call',1,$B.$getattr_pep657(locals.self,'raw',3),'remove')
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
remove23.$is_method=true
remove23.$function_infos=['chatkit.browser._bridge','remove','JavaScriptSubscription.remove',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,164,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(remove23,frame,'chatkit.browser._bridge')
remove23.ob_type=$B.function
remove23.__annotate__=_b_.None
locals_chatkit_browser__bridge_JavaScriptSubscription.remove=remove23
locals.__static_attributes__=$B.fast_tuple(["raw"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('JavaScriptSubscription',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('JavaScriptSubscription',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.JavaScriptSubscription=JavaScriptSubscription21
$B.set_lineno(frame,168,'ClassDef')
var PageChatApp24=(function(name,bases,keywords){
$B.frame_obj.frame.inum=13
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"PageChatApp",bases,resolved_bases)
var locals_chatkit_browser__bridge_PageChatApp=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_PageChatApp
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=168
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,168)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,175)
function __init__25(_self,_raw){
var locals
if(arguments.length==2&&!_raw?.$kw){
var locals_chatkit_browser__bridge_PageChatApp___init__=locals={self:_self,raw:_raw}
}else{
var locals_chatkit_browser__bridge_PageChatApp___init__=locals=$B.args_parser(__init__25,arguments)
}
var frame=["__init__",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,__init__25]
$B.enter_frame(frame,__file__,175)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__25,locals_chatkit_browser__bridge,"PageChatApp",['PageChatApp'])
$B.set_lineno(frame,176)
$B.$setattr1(locals.self,"raw",locals.raw,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__25.$is_method=true
__init__25.$function_infos=['chatkit.browser._bridge','__init__','PageChatApp.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','raw'],null,null,
2,175,3,[],0,0,['self','raw'],false,[],frame]
$B.set_func_attrs(__init__25,frame,'chatkit.browser._bridge')
__init__25.ob_type=$B.function
__init__25.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageChatApp.__init__=__init__25
$B.set_lineno(frame,178)
function __getattr__26(_self,_method){
var locals
if(arguments.length==2&&!_method?.$kw){
var locals_chatkit_browser__bridge_PageChatApp___getattr__=locals={self:_self,method:_method}
}else{
var locals_chatkit_browser__bridge_PageChatApp___getattr__=locals=$B.args_parser(__getattr__26,arguments)
}
var frame=["__getattr__",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,__getattr__26]
$B.enter_frame(frame,__file__,178)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__getattr__26,locals_chatkit_browser__bridge,"PageChatApp",['PageChatApp'])
if($B.set_lineno(frame,179)&&($B.$bool($B.call_attr(locals.method,'startswith',1,'__'))||$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge_PageChatApp___getattr__,locals_chatkit_browser__bridge,_b_],5),3,$B.$getattr_pep657(locals.self,'raw',7),locals.method))))){
$B.set_lineno(frame,180)
$B.$raise($B.$call_with_position(_b_.AttributeError,9,locals_chatkit_browser__bridge_PageChatApp___getattr__.method))
}
$B.set_lineno(frame,182)
function call27(){
var locals
var locals_chatkit_browser__bridge_PageChatApp___getattr___call=locals=$B.args_parser(call27,arguments)
Object.defineProperty(locals,'self',{get:function(){return locals_chatkit_browser__bridge_PageChatApp___getattr__.self},set:function(){},enumerable:true,configurable:true})
Object.defineProperty(locals,'method',{get:function(){return locals_chatkit_browser__bridge_PageChatApp___getattr__.method},set:function(){},enumerable:true,configurable:true})
var frame=["call",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,call27]
$B.enter_frame(frame,__file__,182)
try{
$B.js_this=this
$B.set_lineno(frame,183);
$B.call_attr(locals_chatkit_browser__bridge.page,'call',1,$B.$getattr_pep657(locals_chatkit_browser__bridge_PageChatApp___getattr__.self,'raw',3),locals_chatkit_browser__bridge_PageChatApp___getattr__.method,..._b_.list.$unpack((function(expr){
var next_func_28=$B.make_js_iterator(expr,frame,183)
var result_28=$B.$list([])
try{
for(var next_28 of next_func_28){
$B.set_lineno(frame,183)
locals_chatkit_browser__bridge_PageChatApp___getattr___call.arg=next_28
result_28.push($B.$call_with_position($B.resolve_in_scopes('to_js',[locals_chatkit_browser__bridge_PageChatApp___getattr___call,locals_chatkit_browser__bridge_PageChatApp___getattr__,locals_chatkit_browser__bridge,_b_],7),5,locals.arg))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_PageChatApp___getattr___call.arg
return result_28
})(locals.args)
))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
call27.$function_infos=['chatkit.browser._bridge','call','PageChatApp.__getattr__.<locals>.call',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,182,7,['self','method'],0,0,['args','arg'],false,[],frame]
$B.set_func_attrs(call27,frame,'chatkit.browser._bridge')
call27.ob_type=$B.function
call27.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageChatApp___getattr__.call=call27
$B.set_lineno(frame,185)
return $B.trace_return_and_leave(frame,locals.call)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__getattr__26.$is_method=true
__getattr__26.$function_infos=['chatkit.browser._bridge','__getattr__','PageChatApp.__getattr__',__file__,_b_.None,_b_.None,_b_.None,['self','method'],null,null,
2,178,3,[],0,0,['self','method','call'],false,[],frame]
$B.set_func_attrs(__getattr__26,frame,'chatkit.browser._bridge')
__getattr__26.ob_type=$B.function
__getattr__26.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageChatApp.__getattr__=__getattr__26
$B.set_lineno(frame,187)
function setProxy29(_self,_callbacks){
var locals
if(arguments.length==2&&!_callbacks?.$kw){
var locals_chatkit_browser__bridge_PageChatApp_setProxy=locals={self:_self,callbacks:_callbacks}
}else{
var locals_chatkit_browser__bridge_PageChatApp_setProxy=locals=$B.args_parser(setProxy29,arguments)
}
var frame=["setProxy",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,setProxy29]
$B.enter_frame(frame,__file__,187)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(setProxy29,locals_chatkit_browser__bridge,"PageChatApp",['PageChatApp'])
$B.set_lineno(frame,189)
locals_chatkit_browser__bridge_PageChatApp_setProxy.state=$B.$call_with_position(locals_chatkit_browser__bridge._state,1,)
$B.set_lineno(frame,190)
locals_chatkit_browser__bridge_PageChatApp_setProxy.forwarded=$B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge_PageChatApp_setProxy,locals_chatkit_browser__bridge,_b_],5),3,locals.state,'callbacks')
$B.set_lineno(frame,191)
locals_chatkit_browser__bridge_PageChatApp_setProxy.proxy=($B.$bool(locals.forwarded)?$B.$getattr_pep657(locals.state,'callbacks',7):$B.call_attr(locals_chatkit_browser__bridge.page,'new_object',9,))
frame.$lineno=192
var no_break_30=true,
iterator_30=$B.call_attr(locals.callbacks,'items',11,)
iterator_30[$B.INUM]=13
for(var next_30 of $B.make_js_iterator(iterator_30,frame,192)){
var v31=next_30
var it_32=$B.unpacker(v31,2,false,15)
locals_chatkit_browser__bridge_PageChatApp_setProxy.name=it_32.read_one()
locals_chatkit_browser__bridge_PageChatApp_setProxy.callback=it_32.read_one()
$B.set_lineno(frame,193)
$B.$setitem(locals_chatkit_browser__bridge_PageChatApp_setProxy.proxy,locals.name,$B.$call_with_position($B.resolve_in_scopes('from_javascript',[locals_chatkit_browser__bridge_PageChatApp_setProxy,locals_chatkit_browser__bridge,_b_],19),17,locals.name,locals.callback),21)
}
if($B.set_lineno(frame,194)&&$B.$bool(!$B.$bool(locals.forwarded))){
$B.set_lineno(frame,195);
$B.call_attr(locals_chatkit_browser__bridge.page,'call',23,$B.$getattr_pep657(locals_chatkit_browser__bridge_PageChatApp_setProxy.self,'raw',25),'setProxy',locals_chatkit_browser__bridge_PageChatApp_setProxy.proxy)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
setProxy29.$is_method=true
setProxy29.$function_infos=['chatkit.browser._bridge','setProxy','PageChatApp.setProxy',__file__,_b_.None,_b_.None,_b_.None,['self','callbacks'],null,null,
2,187,3,[],0,0,['self','callbacks','state','forwarded','proxy','name','callback'],false,[],frame]
$B.set_func_attrs(setProxy29,frame,'chatkit.browser._bridge')
setProxy29.ob_type=$B.function
setProxy29.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageChatApp.setProxy=setProxy29
locals.__static_attributes__=$B.fast_tuple(["raw"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('PageChatApp',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('PageChatApp',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.PageChatApp=PageChatApp24
$B.set_lineno(frame,198)
function from_javascript33(_name,_deliver){
var locals
if(arguments.length==2&&!_deliver?.$kw){
var locals_chatkit_browser__bridge_from_javascript=locals={name:_name,deliver:_deliver}
}else{
var locals_chatkit_browser__bridge_from_javascript=locals=$B.args_parser(from_javascript33,arguments)
}
var frame=["from_javascript",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,from_javascript33]
$B.enter_frame(frame,__file__,198)
try{
$B.js_this=this
$B.set_lineno(frame,202)
function callback34(){
var locals
var locals_chatkit_browser__bridge_from_javascript_callback=locals=$B.args_parser(callback34,arguments)
Object.defineProperty(locals,'deliver',{get:function(){return locals_chatkit_browser__bridge_from_javascript.deliver},set:function(){},enumerable:true,configurable:true})
Object.defineProperty(locals,'name',{get:function(){return locals_chatkit_browser__bridge_from_javascript.name},set:function(){},enumerable:true,configurable:true})
var frame=["callback",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,callback34]
$B.enter_frame(frame,__file__,202)
try{
$B.js_this=this
$B.set_lineno(frame,203)
try{
var stack_length_35=$B.count_frames()
var save_frame_obj_35=$B.frame_obj
$B.set_lineno(frame,204);
$B.$call_with_position(locals_chatkit_browser__bridge_from_javascript.deliver,1,($B.$bool(locals_chatkit_browser__bridge_from_javascript_callback.args)?$B.$call_with_position($B.resolve_in_scopes('to_python',[locals_chatkit_browser__bridge_from_javascript_callback,locals_chatkit_browser__bridge_from_javascript,locals_chatkit_browser__bridge,_b_],5),3,$B.$getitem(locals_chatkit_browser__bridge_from_javascript_callback.args,0,7)):_b_.None))
}catch(err35){
$B.set_exc_and_trace(frame,err35)
if($B.set_lineno(frame,205)&&$B.is_exc(err35,[_b_.BaseException])){
locals.error=err35
$B.set_lineno(frame,206);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',11),'error',9,$B.rich_op('__mod__','delivering %s failed',locals_chatkit_browser__bridge_from_javascript.name,13),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_35
}else{
throw err35
}
}
$B.set_lineno(frame,207)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'UNDEFINED',15))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
callback34.$function_infos=['chatkit.browser._bridge','callback','from_javascript.<locals>.callback',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,202,7,['deliver','name'],0,0,['args','error'],false,[],frame]
$B.set_func_attrs(callback34,frame,'chatkit.browser._bridge')
callback34.ob_type=$B.function
callback34.__annotate__=_b_.None
locals_chatkit_browser__bridge_from_javascript.callback=callback34
$B.set_lineno(frame,209)
return $B.trace_return_and_leave(frame,$B.call_attr(locals_chatkit_browser__bridge.page,'callback',1,locals.callback,$B.rich_op('__mod__','delivering %s',locals.name,3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
from_javascript33.$function_infos=['chatkit.browser._bridge','from_javascript','from_javascript',__file__,_b_.None,_b_.None,'',['name','deliver'],null,null,
2,198,3,[],0,0,['name','deliver','callback'],false,[],frame]
$B.set_func_attrs(from_javascript33,frame,'chatkit.browser._bridge')
from_javascript33.ob_type=$B.function
from_javascript33.__annotate__=_b_.None
locals_chatkit_browser__bridge.from_javascript=from_javascript33
$B.set_lineno(frame,212)
function to_js36(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_to_js=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_to_js=locals=$B.args_parser(to_js36,arguments)
}
var frame=["to_js",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,to_js36]
$B.enter_frame(frame,__file__,212)
try{
$B.js_this=this
if($B.set_lineno(frame,216)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.dict))){
$B.set_lineno(frame,217)
return $B.trace_return_and_leave(frame,$B.call_attr(locals_chatkit_browser__bridge.page,'to_js',3,(function(expr){
var next_func_37=$B.make_js_iterator(expr,frame,217)
var result_37=$B.empty_dict()
try{
for(var next_37 of next_func_37){
$B.set_lineno(frame,217)
var v38=next_37
var it_39=$B.unpacker(v38,2,false,7)
locals_chatkit_browser__bridge_to_js.key=it_39.read_one()
locals_chatkit_browser__bridge_to_js.item=it_39.read_one()
_b_.dict.$setitem(result_37,locals.key,$B.$call_with_position($B.resolve_in_scopes('_js_value',[locals_chatkit_browser__bridge_to_js,locals_chatkit_browser__bridge,_b_],11),9,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_js.key
delete locals_chatkit_browser__bridge_to_js.item
return result_37
})($B.call_attr(locals_chatkit_browser__bridge_to_js.value,'items',5,))
))
}
if($B.set_lineno(frame,218)&&$B.$bool($B.$call_with_position(_b_.isinstance,13,locals.value,$B.fast_tuple([_b_.list,_b_.tuple])))){
$B.set_lineno(frame,219)
return $B.trace_return_and_leave(frame,$B.call_attr(locals_chatkit_browser__bridge.page,'to_js',15,(function(expr){
var next_func_40=$B.make_js_iterator(expr,frame,219)
var result_40=$B.$list([])
try{
for(var next_40 of next_func_40){
$B.set_lineno(frame,219)
locals_chatkit_browser__bridge_to_js.item=next_40
result_40.push($B.$call_with_position($B.resolve_in_scopes('_js_value',[locals_chatkit_browser__bridge_to_js,locals_chatkit_browser__bridge,_b_],19),17,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_js.item
return result_40
})(locals_chatkit_browser__bridge_to_js.value)
))
}
$B.set_lineno(frame,220)
return $B.trace_return_and_leave(frame,$B.call_attr(locals_chatkit_browser__bridge.page,'to_js',21,$B.$call_with_position($B.resolve_in_scopes('_js_value',[locals_chatkit_browser__bridge_to_js,locals_chatkit_browser__bridge,_b_],25),23,locals.value)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
to_js36.$function_infos=['chatkit.browser._bridge','to_js','to_js',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,212,3,[],0,0,['value','key','item'],false,[],frame]
$B.set_func_attrs(to_js36,frame,'chatkit.browser._bridge')
to_js36.ob_type=$B.function
to_js36.__annotate__=_b_.None
locals_chatkit_browser__bridge.to_js=to_js36
$B.set_lineno(frame,223)
function _js_value41(_item){
var locals
if(arguments.length==1&&!_item?.$kw){
var locals_chatkit_browser__bridge__js_value=locals={item:_item}
}else{
var locals_chatkit_browser__bridge__js_value=locals=$B.args_parser(_js_value41,arguments)
}
var frame=["_js_value",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_js_value41]
$B.enter_frame(frame,__file__,223)
try{
$B.js_this=this
if($B.set_lineno(frame,224)&&$B.$bool($B.$is(locals.item,_b_.None))){
$B.set_lineno(frame,225)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'NULL',1))
}
if($B.set_lineno(frame,226)&&($B.$bool($B.$call_with_position(_b_.isinstance,3,locals.item,_b_.int))&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,5,locals.item,_b_.bool)))&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.abs,7,locals.item),$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'INT_LIMIT',9))))){
$B.set_lineno(frame,227)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.float,11,locals_chatkit_browser__bridge__js_value.item))
}
$B.set_lineno(frame,228)
return $B.trace_return_and_leave(frame,locals.item)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_js_value41.$function_infos=['chatkit.browser._bridge','_js_value','_js_value',__file__,_b_.None,_b_.None,_b_.None,['item'],null,null,
1,223,3,[],0,0,['item'],false,[],frame]
$B.set_func_attrs(_js_value41,frame,'chatkit.browser._bridge')
_js_value41.ob_type=$B.function
_js_value41.__annotate__=_b_.None
locals_chatkit_browser__bridge._js_value=_js_value41
$B.set_lineno(frame,231)
function to_python42(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_to_python=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_to_python=locals=$B.args_parser(to_python42,arguments)
}
var frame=["to_python",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,to_python42]
$B.enter_frame(frame,__file__,231)
try{
$B.js_this=this
if($B.set_lineno(frame,233)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_missing',[locals_chatkit_browser__bridge_to_python,locals_chatkit_browser__bridge,_b_],3),1,locals.value))){
$B.set_lineno(frame,234)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,235)&&($B.$bool($B.$call_with_position(_b_.isinstance,5,locals.value,$B.fast_tuple([_b_.int,_b_.float])))&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,7,locals.value,_b_.bool))))){
$B.set_lineno(frame,236)
return $B.trace_return_and_leave(frame,$B.call_attr(locals_chatkit_browser__bridge.page,'number',9,locals_chatkit_browser__bridge_to_python.value))
}
if($B.set_lineno(frame,237)&&$B.$bool($B.$call_with_position(_b_.isinstance,11,locals.value,$B.fast_tuple([_b_.str,_b_.bool])))){
$B.set_lineno(frame,238)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge_to_python.value)
}
if($B.set_lineno(frame,239)&&$B.$bool($B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',17),'Array',15),'isArray',13,locals.value))){
$B.set_lineno(frame,240)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_43=$B.make_js_iterator(expr,frame,240)
var result_43=$B.$list([])
try{
for(var next_43 of next_func_43){
$B.set_lineno(frame,240)
locals_chatkit_browser__bridge_to_python.item=next_43
result_43.push($B.$call_with_position(locals_chatkit_browser__bridge.to_python,19,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_python.item
return result_43
})(locals_chatkit_browser__bridge_to_python.value)
)
}
if($B.set_lineno(frame,241)&&$B.$bool($B.call_attr(locals_chatkit_browser__bridge.page,'is_js_object',21,locals.value))){
$B.set_lineno(frame,242)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_44=$B.make_js_iterator(expr,frame,242)
var result_44=$B.empty_dict()
try{
for(var next_44 of next_func_44){
$B.set_lineno(frame,242)
locals_chatkit_browser__bridge_to_python.key=next_44
_b_.dict.$setitem(result_44,locals.key,$B.$call_with_position(locals_chatkit_browser__bridge.to_python,29,$B.$getitem(locals_chatkit_browser__bridge_to_python.value,locals.key,31)))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_python.key
return result_44
})($B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',27),'Object',25),'keys',23,locals_chatkit_browser__bridge_to_python.value))
)
}
$B.set_lineno(frame,243)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
to_python42.$function_infos=['chatkit.browser._bridge','to_python','to_python',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,231,3,[],0,0,['value','item','key'],false,[],frame]
$B.set_func_attrs(to_python42,frame,'chatkit.browser._bridge')
to_python42.ob_type=$B.function
to_python42.__annotate__=_b_.None
locals_chatkit_browser__bridge.to_python=to_python42
$B.set_lineno(frame,246)
function page_value45(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_page_value=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_page_value=locals=$B.args_parser(page_value45,arguments)
}
var frame=["page_value",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,page_value45]
$B.enter_frame(frame,__file__,246)
try{
$B.js_this=this
if($B.set_lineno(frame,248)&&$B.$bool($B.$is(locals.value,$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'NULL',1)))){
$B.set_lineno(frame,249)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,250)&&$B.$bool($B.$is(locals.value,$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'UNDEFINED',3)))){
$B.set_lineno(frame,251)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge.UNSET)
}
if($B.set_lineno(frame,252)&&($B.$bool($B.$call_with_position(_b_.isinstance,5,locals.value,$B.fast_tuple([_b_.int,_b_.float])))&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,7,locals.value,_b_.bool))))){
$B.set_lineno(frame,253)
return $B.trace_return_and_leave(frame,$B.call_attr(locals_chatkit_browser__bridge.page,'number',9,locals_chatkit_browser__bridge_page_value.value))
}
if($B.set_lineno(frame,254)&&($B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,11,locals.value,$B.fast_tuple([_b_.str,_b_.list,_b_.dict,_b_.tuple,_b_.bool,_b_.int,_b_.float]))))&&$B.$bool(!$B.$is(locals.value,_b_.None))&&$B.$bool($B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',17),'Array',15),'isArray',13,locals.value)))){
$B.set_lineno(frame,256)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_46=$B.make_js_iterator(expr,frame,256)
var result_46=$B.$list([])
try{
for(var next_46 of next_func_46){
$B.set_lineno(frame,256)
locals_chatkit_browser__bridge_page_value.item=next_46
result_46.push($B.$call_with_position(locals_chatkit_browser__bridge.page_value,19,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_page_value.item
return result_46
})(locals_chatkit_browser__bridge_page_value.value)
)
}
$B.set_lineno(frame,257)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
page_value45.$function_infos=['chatkit.browser._bridge','page_value','page_value',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,246,3,[],0,0,['value','item'],false,[],frame]
$B.set_func_attrs(page_value45,frame,'chatkit.browser._bridge')
page_value45.ob_type=$B.function
page_value45.__annotate__=_b_.None
locals_chatkit_browser__bridge.page_value=page_value45
$B.set_lineno(frame,260)
function _missing47(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge__missing=locals={value:_value}
}else{
var locals_chatkit_browser__bridge__missing=locals=$B.args_parser(_missing47,arguments)
}
var frame=["_missing",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_missing47]
$B.enter_frame(frame,__file__,260)
try{
$B.js_this=this
$B.set_lineno(frame,261)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$is(locals.value,$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'NULL',1)))?locals.$test:$B.$bool(locals.$test=$B.$is(locals.value,$B.$getattr_pep657(locals_chatkit_browser__bridge.page,'UNDEFINED',3)))?locals.$test:$B.$is(locals.value,_b_.None)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_missing47.$function_infos=['chatkit.browser._bridge','_missing','_missing',__file__,_b_.None,_b_.None,_b_.None,['value'],null,null,
1,260,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(_missing47,frame,'chatkit.browser._bridge')
_missing47.ob_type=$B.function
_missing47.__annotate__=_b_.None
locals_chatkit_browser__bridge._missing=_missing47
$B.set_lineno(frame,264)
function _defined48(_obj,_name){
var locals
if(arguments.length==2&&!_name?.$kw){
var locals_chatkit_browser__bridge__defined=locals={obj:_obj,name:_name}
}else{
var locals_chatkit_browser__bridge__defined=locals=$B.args_parser(_defined48,arguments)
}
var frame=["_defined",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_defined48]
$B.enter_frame(frame,__file__,264)
try{
$B.js_this=this
$B.set_lineno(frame,265)
return $B.trace_return_and_leave(frame,!$B.$bool($B.$call_with_position(locals_chatkit_browser__bridge._missing,1,$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',7),'Reflect',5),'get',3,locals.obj,locals.name))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_defined48.$function_infos=['chatkit.browser._bridge','_defined','_defined',__file__,_b_.None,_b_.None,_b_.None,['obj','name'],null,null,
2,264,3,[],0,0,['obj','name'],false,[],frame]
$B.set_func_attrs(_defined48,frame,'chatkit.browser._bridge')
_defined48.ob_type=$B.function
_defined48.__annotate__=_b_.None
locals_chatkit_browser__bridge._defined=_defined48
$B.set_lineno(frame,268,'ClassDef')
var ConsoleLogger49=(function(name,bases,keywords){
$B.frame_obj.frame.inum=15
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ConsoleLogger",bases,resolved_bases)
var locals_chatkit_browser__bridge_ConsoleLogger=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_ConsoleLogger
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=268
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,268)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,271)
function warn50(_self,_message){
var locals
if(arguments.length==2&&!_message?.$kw){
var locals_chatkit_browser__bridge_ConsoleLogger_warn=locals={self:_self,message:_message}
}else{
var locals_chatkit_browser__bridge_ConsoleLogger_warn=locals=$B.args_parser(warn50,arguments)
}
var frame=["warn",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,warn50]
$B.enter_frame(frame,__file__,271)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warn50,locals_chatkit_browser__bridge,"ConsoleLogger",['ConsoleLogger'])
$B.set_lineno(frame,272);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',5),'console',3),'warn',1,$B.rich_op('__add__','chatkit: ',locals.message,7))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warn50.$is_method=true
warn50.$function_infos=['chatkit.browser._bridge','warn','ConsoleLogger.warn',__file__,_b_.None,_b_.None,_b_.None,['self','message'],null,null,
2,271,3,[],0,0,['self','message'],false,[],frame]
$B.set_func_attrs(warn50,frame,'chatkit.browser._bridge')
warn50.ob_type=$B.function
warn50.__annotate__=_b_.None
locals_chatkit_browser__bridge_ConsoleLogger.warn=warn50
$B.set_lineno(frame,274)
function error51(_self,_message,_error){
var locals
var locals_chatkit_browser__bridge_ConsoleLogger_error=locals=$B.args_parser(error51,arguments)
var frame=["error",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,error51]
$B.enter_frame(frame,__file__,274)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(error51,locals_chatkit_browser__bridge,"ConsoleLogger",['ConsoleLogger'])
$B.set_lineno(frame,275)
locals_chatkit_browser__bridge_ConsoleLogger_error.text=$B.rich_op('__add__','chatkit: ',locals.message,1)
if($B.set_lineno(frame,276)&&$B.$bool(!$B.$is(locals.error,_b_.None))){
$B.set_lineno(frame,277)
locals_chatkit_browser__bridge_ConsoleLogger_error.text=$B.augm_assign(locals_chatkit_browser__bridge_ConsoleLogger_error.text,'+=',$B.rich_op('__add__','\n',$B.call_attr(locals_chatkit_browser__bridge.page,'trace',5,locals_chatkit_browser__bridge_ConsoleLogger_error.error),3))
}
$B.set_lineno(frame,278);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__bridge.page,'window',11),'console',9),'error',7,locals.text)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
error51.$is_method=true
error51.$function_infos=['chatkit.browser._bridge','error','ConsoleLogger.error',__file__,[_b_.None],_b_.None,_b_.None,['self','message','error'],null,null,
3,274,3,[],0,0,['self','message','error','text'],false,[],frame]
$B.set_func_attrs(error51,frame,'chatkit.browser._bridge')
error51.ob_type=$B.function
error51.__annotate__=_b_.None
locals_chatkit_browser__bridge_ConsoleLogger.error=error51
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ConsoleLogger',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ConsoleLogger',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.ConsoleLogger=ConsoleLogger49
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__bridge
});
    for (var __chatkitName in __chatkitModules) {
        __chatkitB.precompiled[__chatkitName] = "var locals_" + __chatkitB.scope_name(__chatkitName)
            + "=(0,__BRYTHON__.chatkitModules[" + JSON.stringify(__chatkitName) + "])()\n";
    }
})(window.__BRYTHON__, window.__BRYTHON__.chatkitModules || (window.__BRYTHON__.chatkitModules = {}));
