import torch
from torch import nn

# nn.Linear 的权重是随机初始化的，先固定随机种子
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))

# 一批 5 个样本，每个样本 4 个特征
X = torch.randn(5, 4)

# 逐层把数据传下去，看每一层输出的形状
h = X
for layer in net.children():
    h = layer(h)
    print(layer, h.shape)
    #> Linear(in_features=4, out_features=8, bias=True) torch.Size([5, 8])
    #> ReLU() torch.Size([5, 8])
    #> Linear(in_features=8, out_features=1, bias=True) torch.Size([5, 1])

# 直接调用 net(X) 做的就是上面这串计算
print(torch.equal(net(X), h))
#> True
