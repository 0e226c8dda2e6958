import torch
from torch.func import jvp, vjp
from torch.utils.flop_counter import FlopCounterMode


def flops(compute, *args):
    # 数一数 compute(*args) 里矩阵乘法的浮点运算次数：只由形状决定，与机器无关
    with FlopCounterMode(display=False) as counter:
        compute(*args)
    return counter.get_total_flops()


torch.manual_seed(0)
data = torch.randn(16, 8)


def f(W):
    return torch.tanh(data @ W).square().mean()


def one_forward(W):
    # 一遍正向模式：沿一个方向
    return jvp(f, (W,), (torch.ones_like(W),))


def one_reverse(W):
    # 一遍反向模式：正向算值，再往回传一遍
    return vjp(f, W)[1](torch.tensor(1.0))


def all_forward(W):
    # 正向模式求整个梯度：每个输入方向一遍，共 n 遍
    return [jvp(f, (W,), (e.reshape(W.shape),)) for e in torch.eye(W.numel())]


# 每一行：f 的输入个数 n、一遍正向模式、一遍反向模式、正向模式求整个梯度（n 遍）、
# 反向模式求整个梯度（1 遍）；单位是算一次 f 的运算量
for hidden in (4, 16):
    W = torch.randn(8, hidden)
    one = flops(f, W)
    print(
        W.numel(),
        flops(one_forward, W) // one,
        flops(one_reverse, W) // one,
        flops(all_forward, W) // one,
        flops(one_reverse, W) // one,
    )
    #> 32 3 2 96 2
    #> 128 3 2 384 2
