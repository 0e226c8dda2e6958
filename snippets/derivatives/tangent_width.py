import torch
from torch.func import jvp, vmap


def layers(x):
    # 4 层 tanh，每层 5 个数；把每一层的结果都交出来，好看到每一层带着的导数
    outputs = []
    for _ in range(4):
        x = torch.tanh(x)
        outputs.append(x)
    return tuple(outputs)


x = torch.arange(1.0, 6.0)
# 一次带 k 个输入方向（单位矩阵的前 k 行）做正向模式：vmap 把 k 遍并成一遍
for k in (1, 2, 5):
    directions = torch.eye(5)[:k]
    _, tangents = vmap(lambda e: jvp(layers, (x,), (e,)))(directions)
    # 每一行：k、每一层的切向量的形状
    print(k, [tuple(t.shape) for t in tangents])
    #> 1 [(1, 5), (1, 5), (1, 5), (1, 5)]
    #> 2 [(2, 5), (2, 5), (2, 5), (2, 5)]
    #> 5 [(5, 5), (5, 5), (5, 5), (5, 5)]
