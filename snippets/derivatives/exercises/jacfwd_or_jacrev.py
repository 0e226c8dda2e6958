import torch
from torch.func import jacfwd, jacrev
from torch.utils.flop_counter import FlopCounterMode


def flops(compute):
    # 矩阵乘法的浮点运算次数：只由形状决定，与机器无关
    with FlopCounterMode(display=False) as counter:
        compute()
    return counter.get_total_flops()


# 线性分类器：一张 28×28 = 784 像素的图（一个样本的批量），10 个类别的得分
torch.manual_seed(0)
W = torch.randn(10, 784)
image = torch.randn(1, 784)


def scores(image):
    return image @ W.T


# 雅可比矩阵：10 个输出 × 784 个输入，很“宽”
J = jacrev(scores)(image)
print(J.shape)
#> torch.Size([1, 10, 1, 784])
# 线性函数的雅可比矩阵就是 W 本身（去掉两个长度为 1 的批量维）
print(torch.equal(J[0, :, 0, :], W))
#> True

one = flops(lambda: scores(image))
print("jacfwd", flops(lambda: jacfwd(scores)(image)) // one, "份")
#> jacfwd 786 份
print("jacrev", flops(lambda: jacrev(scores)(image)) // one, "份")
#> jacrev 11 份
