import torch
import torch.autograd.forward_ad as fwAD

saved = {}


def pack(t):
    # autograd 每为反向传播留下一个张量，就调用一次 pack；
    # 同一块内存可能被留下两次（按 data_ptr 只记一次），记下它有几个数
    saved[t.data_ptr()] = t
    return t


def f(x, depth):
    for _ in range(depth):
        x = torch.tanh(x)
    return (x**2).sum()


# 每一行：tanh 的层数、反向模式保存的数的个数、正向模式保存的数的个数
for depth in (1, 2, 4, 8):
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        # 反向模式：只做正向计算，为了之后能 backward，中间结果都得留着
        saved.clear()
        f(torch.arange(1.0, 6.0, requires_grad=True), depth)
        reverse = sum(t.numel() for t in saved.values())
        # 正向模式：导数随着值一起往前算，不为之后留任何东西
        saved.clear()
        with fwAD.dual_level():
            f(fwAD.make_dual(torch.arange(1.0, 6.0), torch.ones(5)), depth)
        forward = sum(t.numel() for t in saved.values())
    print(depth, reverse, forward)
    #> 1 5 0
    #> 2 10 0
    #> 4 20 0
    #> 8 40 0
